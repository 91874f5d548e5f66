using GovInfo.Linter.Engine;
using GovInfo.Linter.Formatters;
using GovInfo.Report.Files;

namespace GovInfo.Cli.Lint;

/// <summary>Tells, on standard error, which files the folder walks passed over: the count when the output format has no summary line of its own, each file with <c>--verbose</c>.</summary>
public static class SkippedFiles
{
    public static void Report(LintSummary summary, bool summaryLineSaysIt, bool verbose)
    {
        if (summary.Skipped.Count == 0) return;
        if (!summaryLineSaysIt) Console.Error.WriteLine($"govlint: {TextFormatter.SkippedNote(summary)}。");
        if (!verbose) return;
        Console.Error.WriteLine("跳过的文件（没有能读取这种文件的格式）：");
        foreach (var path in summary.Skipped) Console.Error.WriteLine($"  {DisplayPath.Of(path)}");
    }
}
