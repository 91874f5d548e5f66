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

    /// <summary>How many characters of the offending line an excerpt shows at most, around the column.</summary>
    public const int ExcerptWindow = 120;

    /// <summary>How many characters of a quoted value a message shows at most.</summary>
    public const int QuoteLength = 40;

    /// <summary>
    /// The offending source line and a caret under the column (CJK-aware), or null when unknown; a long line is cut to
    /// a window of <see cref="ExcerptWindow"/> characters around the column, its cut ends shown as …
    /// </summary>
    public static string? MakeExcerpt(SourceText? file, int line, int column)
    {
        if (file is null || line < 1 || line > file.LineCount) return null;
        string text = file.GetLine(line);
        int caret = Math.Clamp(column - 1, 0, text.Length);
        int start = Math.Max(0, Math.Min(caret - ExcerptWindow / 2, text.Length - ExcerptWindow));
        int end = Math.Min(text.Length, start + ExcerptWindow);
        if (start > 0 && char.IsLowSurrogate(text[start])) start++;
        if (end < text.Length && end > 0 && char.IsHighSurrogate(text[end - 1])) end--;
        caret = Math.Clamp(caret, start, end);
        string before = (start > 0 ? "…" : "") + text[start..caret].Replace('\t', ' ');
        string shown = before + text[caret..end].Replace('\t', ' ') + (end < text.Length ? "…" : "");
        return $"    {shown}{Environment.NewLine}    {new string(' ', DisplayWidth.Of(before))}^";
    }

    /// <summary>A value quoted in a message: at most <see cref="QuoteLength"/> characters, a cut shown as …</summary>
    public static string Shorten(string value)
    {
        if (value.Length <= QuoteLength) return value;
        int end = QuoteLength;
        if (char.IsHighSurrogate(value[end - 1])) end--;
        return value[..end] + "…";
    }
}

/// <summary>Thrown when a YAML data file (template or rules) has errors; carries all of them.</summary>
public sealed class YamlFileException(IReadOnlyList<YamlError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<YamlError> Errors { get; } = errors;
}
