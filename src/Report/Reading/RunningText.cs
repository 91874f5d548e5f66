using System.Text.RegularExpressions;
using GovInfo.Report.Documents;
using GovInfo.Report.Text;

namespace GovInfo.Report.Reading;

/// <summary>
/// Classifies lines of running text in the conventions of plain-text reports, whatever format they came from:
/// blank lines, comment lines (govlint directives), bullet items (<c>-</c>, <c>•</c>), and whether a line goes on
/// with the paragraph before it. <see cref="RunningTextReader"/> reads lines into blocks with it.
/// </summary>
public static partial class RunningText
{
    [GeneratedRegex(@"\G[ \t\u3000]*[-*+•·][ \t\u3000]+")]
    private static partial Regex BulletMarker();

    /// <summary>A line that is one HTML comment, such as a govlint directive: not report text.</summary>
    public static bool IsComment(string text, TextSpan line)
    {
        var s = text.AsSpan(line.Start, line.Length).Trim();
        return s.StartsWith("<!--") && s.EndsWith("-->") && s[4..^3].IndexOf("-->") < 0;
    }

    public static bool IsBlank(string text, TextSpan line) => text.AsSpan(line.Start, line.Length).IsWhiteSpace();

    /// <summary>A line that starts with a bullet (<c>- </c>, <c>• </c>) as a list item; null when it does not.</summary>
    public static ListItem? ReadBullet(SourceText source, TextSpan line)
    {
        if (!MayStartBullet(source.Text, line)) return null;
        var m = BulletMarker().Match(source.Text, line.Start, line.Length);
        if (!m.Success) return null;
        int contentStart = m.Index + m.Length;
        int contentEnd = line.End;
        while (contentEnd > contentStart && char.IsWhiteSpace(source.Text[contentEnd - 1])) contentEnd--;
        var content = TextSpan.FromBounds(contentStart, contentEnd);
        int indent = 0;
        while (source.Text[line.Start + indent] is ' ' or '\t' or '\u3000') indent++;
        return new ListItem(line, indent / 2, content, source[content]);
    }

    /// <summary>Whether the first character after the line's blanks is a bullet mark, as every item's is: other lines are ruled out without the pattern.</summary>
    internal static bool MayStartBullet(string text, TextSpan line)
    {
        int i = line.Start;
        while (i < line.End && text[i] is ' ' or '\t' or '\u3000') i++;
        return i < line.End && text[i] is '-' or '*' or '+' or '•' or '·';
    }

    /// <summary>Whether the line starts a block of its own: a heading, an item, a table row or a page number.</summary>
    public static bool StartsBlock(SourceText source, TextSpan line)
        => TableParser.IsTabRow(source.Text, line) || TableParser.IsPipeRow(source.Text, line)
            || PageChrome.IsPageFooter(source.Text, line)
            || HeadingRecognizer.ReadAtx(source, line) is not null
            || ReadBullet(source, line) is not null
            || HeadingRecognizer.ReadNumbered(source, line) is not null;

    /// <summary>Whether <paramref name="next"/> goes on with the paragraph whose last line is <paramref name="previous"/>: no blank line, sentence end or colon between them, and <paramref name="next"/> starts no block.</summary>
    public static bool ContinuesParagraph(SourceText source, TextSpan previous, TextSpan next)
    {
        string text = source.Text;
        if (IsBlank(text, next) || IsComment(text, next)) return false;
        if (ParagraphReader.EndsSentence(text.AsSpan(previous.Start, previous.Length))) return false;
        return !StartsBlock(source, next);
    }

    /// <summary>
    /// Whether a paragraph goes on past blank lines, as a page break in extracted text puts them inside a sentence:
    /// its last line ends no sentence, a quotation mark or bracket it opened is still open (or the next line starts
    /// with closing punctuation), and the next line starts no block and no numbered paragraph.
    /// </summary>
    public static bool ContinuesAcrossBlankLines(SourceText source, TextSpan paragraph, TextSpan next)
    {
        string text = source.Text;
        if (IsComment(text, next) || ParagraphReader.EndsSentence(text.AsSpan(paragraph.Start, paragraph.Length))) return false;
        if (StartsBlock(source, next) || NumberingParser.TryParse(text, next.Start, next.End, out _, out _)) return false;
        var first = source.Trim(next);
        if (first.Length > 0 && "”’》）)」』、，。；：".Contains(text[first.Start])) return true;
        var s = text.AsSpan(paragraph.Start, paragraph.Length);
        return s.Count('“') > s.Count('”') || s.Count('《') > s.Count('》') || s.Count('（') > s.Count('）') || s.Count('(') > s.Count(')');
    }
}
