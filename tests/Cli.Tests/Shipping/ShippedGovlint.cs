using System.Diagnostics;
using System.Runtime.InteropServices;
using GovInfo.Tests;

namespace GovInfo.Cli.Tests.Shipping;

/// <summary>
/// govlint as it ships, built once for the tests that copy or install it (publishing is slow): a single-file
/// publish of this machine's runtime identifier, and the .NET tool package in a folder feed. Both are built into a
/// temporary folder (<c>--artifacts-path</c>), so they share nothing with the tests' own build.
/// </summary>
public sealed class ShippedGovlint : IDisposable
{
    private readonly TempDirectory _work = new();
    private readonly Lazy<string> _singleFile;
    private readonly Lazy<string> _feed;

    public ShippedGovlint()
    {
        _singleFile = new(Publish);
        _feed = new(Pack);
    }

    /// <summary>The published single-file <c>govlint</c> executable.</summary>
    public string SingleFile => _singleFile.Value;

    /// <summary>A folder holding <c>govlint.&lt;version&gt;.nupkg</c>, usable as a NuGet source.</summary>
    public string Feed => _feed.Value;

    public string NewFolder(string name) => Directory.CreateDirectory(Path.Combine(_work.Path, name)).FullName;

    private string Publish()
    {
        string output = NewFolder("publish");
        var run = Run("dotnet", TestPaths.RepositoryRoot, "publish", "src/Cli/Cli.csproj", "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier,
            "--self-contained", "false", "-p:PublishSingleFile=true", "--artifacts-path", Path.Combine(_work.Path, "artifacts"), "-o", output, "--nologo");
        Assert.True(run.ExitCode == 0, "dotnet publish failed:\n" + run.StdOut + run.StdErr);
        string exe = Path.Combine(output, OperatingSystem.IsWindows() ? "govlint.exe" : "govlint");
        Assert.True(File.Exists(exe), $"no {exe} after publish");
        return exe;
    }

    private string Pack()
    {
        string feed = NewFolder("feed");
        var run = Run("dotnet", TestPaths.RepositoryRoot, "pack", "src/Cli/Cli.csproj", "-c", "Release",
            "--artifacts-path", Path.Combine(_work.Path, "artifacts"), "-o", feed, "--nologo");
        Assert.True(run.ExitCode == 0, "dotnet pack failed:\n" + run.StdOut + run.StdErr);
        return feed;
    }

    /// <summary>Runs a program and waits for it; DOTNET_CLI_TELEMETRY_OPTOUT keeps the SDK quiet.</summary>
    public static Govlint.Run Run(string program, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("COLUMNS");
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Govlint.Run(process.ExitCode, stdout.Result, stderr.Result);
    }

    public void Dispose() => _work.Dispose();
}
