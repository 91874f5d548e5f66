using GovInfo.Report.Text;

namespace GovInfo.Report.Yaml;

/// <summary>An error in a YAML file, located at the 1-based line and column of the offending text, with the line quoted.</summary>
public sealed record YamlError(string Path, int Line, int Column, string Code, string Message)
{
    /// <summary>The offending source line and a caret under the column (CJK-aware), or null when unknown.</summary>
    public string? Excerpt { get; init; }

    public override string ToString() => $"{Path}({Line},{Column}): error {Code}: {Message}";

    /// <summary>The error line followed by the excerpt, as printed to users.</summary>
    public string Render() => Excerpt is null ? ToString() : $"{this}{Environment.NewLine}{Excerpt}";

    public static string? MakeExcerpt(SourceText? file, int line, int column)
    {
        if (file is null || line < 1 || line > file.LineCount) return null;
        string text = file.GetLine(line);
        int prefix = Math.Clamp(column - 1, 0, text.Length);
        return $"    {text.Replace('\t', ' ')}{Environment.NewLine}    {new string(' ', DisplayWidth.Of(text.AsSpan(0, prefix).ToString().Replace('\t', ' ')))}^";
    }
}

/// <summary>Thrown when a YAML data file (template or rules) has errors; carries all of them.</summary>
public sealed class YamlFileException(IReadOnlyList<YamlError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<YamlError> Errors { get; } = errors;
}
