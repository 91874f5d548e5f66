using System.Text.RegularExpressions;
using GovInfo.Report.Documents;
using GovInfo.Report.Text;

namespace GovInfo.Report.Reading;

/// <summary>
/// Finds the report's title among the first blocks, before the first numbered part or table: a heading, or
/// lines at the start of a paragraph, that name a 报告 and hold no sentence punctuation — up to three lines,
/// since text extracted from a PDF wraps a long title, and a title that names no issuer takes the one printed
/// on the line above —, or the value of a header field line (<c>标题: …</c>)
/// as crawler exports write it. A title the format offers apart from its blocks (a web page's
/// <c>&lt;title&gt;</c>) is used when the blocks have none.
/// </summary>
public static partial class TitleRecognizer
{
    private const int MaxTitleLength = 80;
    private const int MaxTitleLines = 3;
    // Header field lines come first in a crawler export; the title is not far down a paragraph.
    private const int MaxLinesSearched = 10;
    // A line shorter than this that names no year is the end of a wrapped title (年度报告), not a title.
    private const int MinTitleWithoutYear = 8;

    private static readonly char[] SentencePunctuation = ['。', '，', '；', '！', '？', '：', ',', ';', '!', '?', ':'];

    [GeneratedRegex(@"\G[ \t\u3000]*(?:标题|题目|文章标题|名称)[ \t\u3000]*[:：][ \t\u3000]*")]
    internal static partial Regex TitleField();

    /// <summary>A title's year: four digits (full-width too) followed by 年 or 年度; group 1 is the digits.</summary>
    [GeneratedRegex(@"(?<![0-9０-９])([12１２][0-9０-９]{3})(?![0-9０-９])[ \u3000]*年度?")]
    internal static partial Regex Year();

    /// <param name="source">The text the blocks were read from.</param>
    /// <param name="blocks">The document's blocks in order; the title replaces the block or lines it is found in.</param>
    /// <param name="offered">A title the format offers outside its blocks, at the start of the text.</param>
    public static void Apply(SourceText source, List<Block> blocks, TextSpan? offered = null)
    {
        for (int i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block is Heading { Numbering: not null } || block is Table) break;
            if (block is Heading heading)
            {
                if (!IsTitle(source, [heading.TextSpan], out _)) continue;
                blocks[i] = new TitleBlock(heading.Span, heading.TextSpan, source[heading.TextSpan]);
                return;
            }
            if (block is Paragraph paragraph && Split(source, paragraph) is { } parts)
            {
                blocks.RemoveAt(i);
                blocks.InsertRange(i, parts);
                return;
            }
        }
        if (offered is { } span && IsTitle(source, [span], out _)) blocks.Insert(0, new TitleBlock(span, span, source[span]));
    }

    /// <summary>The paragraph as the lines before its title, the title, and the lines after it; null when it holds no title.</summary>
    private static List<Block>? Split(SourceText source, Paragraph paragraph)
    {
        var lines = Lines(source, paragraph.Span);
        int searched = Math.Min(lines.Count, MaxLinesSearched);
        for (int i = 0; i < searched; i++)
        {
            // A field line has a colon: others are ruled out without the pattern.
            if (source.Text.AsSpan(lines[i].Start, lines[i].Length).IndexOfAny(':', '：') < 0) continue;
            var m = TitleField().Match(source.Text, lines[i].Start, lines[i].Length);
            if (!m.Success) continue;
            var value = source.Trim(TextSpan.FromBounds(m.Index + m.Length, lines[i].End));
            return value.Length > 0 && IsTitle(source, [value], out _) ? Parts(source, lines, i, i, new TitleBlock(lines[i], value, source[value])) : null;
        }
        // The title ends on the first line that names a 报告, and starts as few lines up as make it one.
        int last = lines.FindIndex(0, searched, l => source.Text.AsSpan(l.Start, l.Length).Contains("报告", StringComparison.Ordinal));
        if (last < 0) return null;
        for (int first = last; first >= 0 && first > last - MaxTitleLines; first--)
        {
            var pieces = lines.GetRange(first, last - first + 1);
            if (!IsTitle(source, pieces, out string text)) return null;
            if (!Year().IsMatch(text) && text.Length < MinTitleWithoutYear) continue;
            // A title naming no issuer (2023年政府信息公开工作年度报告) takes the issuer printed on the line above (洪泽区人民政府).
            if (first > 0 && first - 1 > last - MaxTitleLines && NamesNoIssuer(text)
                && IsTitle(source, lines.GetRange(first - 1, last - first + 2), out _)) continue;
            var title = pieces.Count == 1
                ? new TitleBlock(pieces[0], pieces[0], text)
                : new TitleBlock(pieces[0].Cover(pieces[^1]), pieces[0].Cover(pieces[^1]), text) { Pieces = pieces };
            return Parts(source, lines, first, last, title);
        }
        return null;
    }

    private static List<Block> Parts(SourceText source, List<TextSpan> lines, int first, int last, TitleBlock title)
    {
        var parts = new List<Block>(3);
        if (first > 0) parts.Add(ParagraphReader.Create(source, lines[0].Cover(lines[first - 1])));
        parts.Add(title);
        if (last + 1 < lines.Count) parts.Add(ParagraphReader.Create(source, lines[last + 1].Cover(lines[^1])));
        return parts;
    }

    /// <summary>Whether the title starts with its year and goes on with the report's name at once (2023 年政府信息公开…).</summary>
    private static bool NamesNoIssuer(string text)
    {
        var m = Year().Match(text);
        if (!m.Success || m.Index != 0) return false;
        var rest = text.AsSpan(m.Index + m.Length).TrimStart(" \u3000");
        return rest.StartsWith("政府信息公开", StringComparison.Ordinal) || rest.StartsWith("政务公开", StringComparison.Ordinal) || rest.StartsWith("信息公开", StringComparison.Ordinal);
    }

    /// <summary>Whether the pieces, joined, read as a title: short, naming a 报告, without sentence punctuation.</summary>
    private static bool IsTitle(SourceText source, List<TextSpan> pieces, out string text)
    {
        text = pieces.Count == 1 ? source[pieces[0]] : string.Concat(pieces.Select(p => source[p]));
        return text.Length is > 0 and <= MaxTitleLength
            && text.Contains("报告", StringComparison.Ordinal)
            && text.IndexOfAny(SentencePunctuation) < 0;
    }

    /// <summary>The paragraph's lines, each without the blanks at its ends.</summary>
    private static List<TextSpan> Lines(SourceText source, TextSpan span)
    {
        var lines = new List<TextSpan>();
        int start = span.Start;
        for (int i = span.Start; i <= span.End; i++)
        {
            if (i < span.End && source.Text[i] != '\n') continue;
            var line = source.Trim(TextSpan.FromBounds(start, i));
            if (line.Length > 0) lines.Add(line);
            start = i + 1;
        }
        return lines;
    }
}
