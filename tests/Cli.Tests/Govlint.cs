using System.Diagnostics;
using GovInfo.Tests;

namespace GovInfo.Cli.Tests;

/// <summary>Runs the real govlint process, as a user or CI would.</summary>
public static class Govlint
{
    public sealed record Run(int ExitCode, string StdOut, string StdErr);

    public static string Fixture(string prefix) => TestPaths.Fixture(prefix);

    public static Run Exec(params string[] args) => Exec([], args);

    /// <summary>Runs govlint with <paramref name="environment"/> added; <c>COLUMNS</c> is unset unless given, so text output is 80 wide.</summary>
    public static Run Exec((string Name, string Value)[] environment, params string[] args) => ExecIn(TestPaths.RepositoryRoot, environment, args);

    /// <summary>Runs govlint in <paramref name="workingDirectory"/> (the tests' default is the repository root).</summary>
    public static Run ExecIn(string workingDirectory, (string Name, string Value)[] environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.Environment.Remove("COLUMNS");
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "govlint.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Run(process.ExitCode, stdout.Result, stderr.Result);
    }
}
