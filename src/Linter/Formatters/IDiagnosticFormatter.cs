using GovInfo.Linter.Engine;

namespace GovInfo.Linter.Formatters;

/// <summary>How output is to be written: colour (only on a terminal), and the tool version for machine formats.</summary>
public sealed record FormatterOptions(bool Color = false, string ToolVersion = "0.1.0");

/// <summary>Writes a lint run in one output format; formatters are registered services chosen by <see cref="Name"/>.</summary>
public interface IDiagnosticFormatter
{
    /// <summary>The value of <c>--format</c>.</summary>
    string Name { get; }

    void Write(LintRun run, TextWriter output, FormatterOptions options);
}

/// <summary>Severity words and escaping shared by the line-oriented formats.</summary>
public static class SeverityNames
{
    public static string Lower(Dsl.Rules.Severity severity) => severity.ToString().ToLowerInvariant();

    public static string Chinese(Dsl.Rules.Severity severity) => severity switch
    {
        Dsl.Rules.Severity.Error => "错误",
        Dsl.Rules.Severity.Warning => "警告",
        Dsl.Rules.Severity.Info => "提示",
        _ => "隐藏",
    };

    /// <summary>The path as shown in output: as given, with forward slashes.</summary>
    public static string DisplayPath(string path) => path.Replace('\\', '/');
}
