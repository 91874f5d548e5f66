using System.Text.Json;

namespace GovInfo.Serve.Tests;

/// <summary>What <c>govlint lint --format json</c> reports for a file, run as a process: the reference the page is held to.</summary>
public static class CliFindings
{
    public sealed record Finding(string Id, string Severity, int Line, int Column, string Message);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, DateTime, long), IReadOnlyList<Finding>> Known = new();

    /// <summary>The findings, linted once per path and content (each run is a process start).</summary>
    public static IReadOnlyList<Finding> Of(string path)
    {
        var file = new FileInfo(path);
        return Known.GetOrAdd((Path.GetFullPath(path), file.LastWriteTimeUtc, file.Length), _ => Lint(path));
    }

    private static IReadOnlyList<Finding> Lint(string path)
    {
        using var json = JsonDocument.Parse(Run(path));
        return json.RootElement.EnumerateArray().Where(e => e.TryGetProperty("ruleId", out _))
            .Select(e => new Finding(e.GetProperty("ruleId").GetString()!, e.GetProperty("severity").GetString()!,
                e.GetProperty("line").GetInt32(), e.GetProperty("column").GetInt32(), e.GetProperty("message").GetString()!))
            .ToList();
    }

    /// <summary>The CLI's message for a file it cannot read.</summary>
    public static string Error(string path)
    {
        using var json = JsonDocument.Parse(Run(path));
        return json.RootElement.EnumerateArray().Single(e => e.TryGetProperty("error", out _)).GetProperty("error").GetString()!;
    }

    private static string Run(string path)
    {
        var run = Cli.Tests.Govlint.Exec("lint", path, "--format", "json");
        Assert.True(run.ExitCode is 0 or 1 or 2, $"govlint lint exited {run.ExitCode}: {run.StdErr}");
        return run.StdOut;
    }
}
