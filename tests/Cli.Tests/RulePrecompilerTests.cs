using System.Diagnostics;
using GovInfo.Dsl.Syntax;
using GovInfo.Tests;

namespace GovInfo.Cli.Tests;

/// <summary>The build step that embeds the default pack's parsed expressions: it never fails a build over rule errors.</summary>
public class RulePrecompilerTests
{
    private static string Tool() => Directory
        .EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "src", "RulePrecompiler", "bin"), "govlint-precompile.dll", SearchOption.AllDirectories)
        .OrderByDescending(File.GetLastWriteTimeUtc).First();

    [Fact]
    public void A_broken_rule_leaves_the_build_going_with_a_table_of_what_parsed()
    {
        using var dir = new TempDirectory();
        string rules = Path.Combine(TestPaths.RepositoryRoot, "rules");
        string text = File.ReadAllText(Path.Combine(rules, "arithmetic.yaml"));
        int assert = text.IndexOf("assert: ", StringComparison.Ordinal);
        dir.File("rules/arithmetic.yaml", text.Insert(assert + "assert: ".Length, "( "));
        string output = Path.Combine(dir.Path, "out", "table.bin");

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "exec", Tool(), Path.Combine(dir.Path, "rules"), Path.Combine(rules, "template", "gov-2021.yaml"), output })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("1 个错误", stdout);
        using var table = File.OpenRead(output);
        Assert.True(ExpressionCache.Load(table).Count > 10);
    }
}
