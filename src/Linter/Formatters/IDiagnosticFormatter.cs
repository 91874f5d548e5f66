using GovInfo.Dsl.Rules;
using GovInfo.Linter.Engine;

namespace GovInfo.Linter.Formatters;

/// <summary>
/// How output is to be written: colour (only on a terminal), the tool version for machine formats, and the
/// width in display columns that text output fits (the terminal's; <see cref="DefaultWidth"/> when not a terminal).
/// </summary>
public sealed record FormatterOptions(bool Color = false, string ToolVersion = "0.1.0", int Width = FormatterOptions.DefaultWidth)
{
    /// <summary>The width of output that is not a terminal.</summary>
    public const int DefaultWidth = 80;
}

/// <summary>An output format; formatters are registered services chosen by <see cref="Name"/>.</summary>
public interface IDiagnosticFormatter
{
    /// <summary>The value of <c>--format</c>.</summary>
    string Name { get; }

    /// <summary>Starts writing one run; results then stream through the session file by file.</summary>
    IFormatterSession Start(TextWriter output, FormatterOptions options, IReadOnlyList<RuleDescriptor> rules);
}

/// <summary>One run being written: each file as it is done, then the closing part.</summary>
public interface IFormatterSession
{
    void Write(FileResult file);
    void Finish(LintSummary summary);
}

/// <summary>Helpers shared by the formatters.</summary>
public static class Formatting
{
    /// <summary>Writes a whole run kept in memory.</summary>
    public static void Write(this IDiagnosticFormatter formatter, LintRun run, TextWriter output, FormatterOptions options)
    {
        var session = formatter.Start(output, options, run.Rules);
        foreach (var file in run.Files) session.Write(file);
        session.Finish(run.Summary);
    }
}

/// <summary>Severity words and paths as the line-oriented formats print them.</summary>
public static class SeverityNames
{
    public static string Lower(Severity severity) => severity.ToString().ToLowerInvariant();

    public static string Chinese(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        Severity.Info => "提示",
        _ => "隐藏",
    };

    /// <summary>The path as shown in output: as given, with forward slashes for Windows' separators.</summary>
    public static string DisplayPath(string path) => Report.Files.DisplayPath.Of(path);
}
