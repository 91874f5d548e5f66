using System.Text.RegularExpressions;
using GovInfo.Report.Documents;
using GovInfo.Report.Text;

namespace GovInfo.Report.Reading;

/// <summary>Decides whether a line is a heading: a Markdown ATX heading, or a short line that starts with numbering.</summary>
public static partial class HeadingRecognizer
{
    /// <summary>A numbered line is a heading only when what follows the number is this short (in characters).</summary>
    public const int MaxNumberedTitleLength = 30;

    [GeneratedRegex(@"\G {0,3}(#{1,6})(?=[ \t]|$)")]
    private static partial Regex AtxOpening();

    public static bool IsAtxHeading(string text, TextSpan line) => MayOpenAtx(text, line) && AtxOpening().Match(text, line.Start, line.Length).Success;

    /// <summary>Whether the line has a <c>#</c> after at most three spaces, as every ATX opening does: other lines are ruled out without the pattern.</summary>
    internal static bool MayOpenAtx(string text, TextSpan line)
    {
        int i = line.Start, limit = Math.Min(line.End, line.Start + 4);
        while (i < limit && text[i] == ' ') i++;
        return i < line.End && text[i] == '#';
    }

    /// <summary>Reads an ATX heading (<c>## 一、总体情况</c>); null when the line is not one.</summary>
    public static Heading? ReadAtx(SourceText source, TextSpan line)
    {
        if (!MayOpenAtx(source.Text, line)) return null;
        var m = AtxOpening().Match(source.Text, line.Start, line.Length);
        if (!m.Success) return null;
        int level = m.Groups[1].Length;
        int contentStart = m.Index + m.Length;
        int contentEnd = line.End;
        contentEnd = TrimEnd(source.Text, contentStart, contentEnd);
        // A closing sequence of #s preceded by a blank is not content (CommonMark 4.2).
        int closing = contentEnd;
        while (closing > contentStart && source.Text[closing - 1] == '#') closing--;
        if (closing < contentEnd && (closing == contentStart || IsBlank(source.Text[closing - 1])))
            contentEnd = TrimEnd(source.Text, contentStart, closing);
        contentStart = TrimStart(source.Text, contentStart, contentEnd);
        return Build(source, line, level, HeadingSyntax.Markdown, TextSpan.FromBounds(contentStart, contentEnd));
    }

    /// <summary>Reads a numbered heading line such as <c>（一）主动公开</c>; null when the line is not one.</summary>
    public static Heading? ReadNumbered(SourceText source, TextSpan line)
    {
        int start = TrimStart(source.Text, line.Start, line.End);
        int end = TrimEnd(source.Text, start, line.End);
        if (!NumberingParser.TryParse(source.Text, start, end, out var numbering, out int titleStart)) return null;
        if (!LooksLikeHeadingTitle(source.Text.AsSpan(titleStart, end - titleStart))) return null;
        return Build(source, line, LevelOf(numbering!.Style), HeadingSyntax.Numbered, TextSpan.FromBounds(start, end));
    }

    /// <summary>Builds a heading for content already known to be a heading, splitting off its numbering.</summary>
    public static Heading Build(SourceText source, TextSpan span, int level, HeadingSyntax syntax, TextSpan content)
    {
        string text = source.Text;
        NumberingParser.TryParse(text, content.Start, content.End, out var numbering, out int titleStart);
        if (numbering is null) titleStart = content.Start;
        var titleSpan = TextSpan.FromBounds(titleStart, Math.Max(titleStart, content.End));
        return new Heading(span, level, syntax, content, source[content], numbering, titleSpan, source[titleSpan]);
    }

    /// <summary>The span without the blanks (space, tab, ideographic space) a heading line may have at either end.</summary>
    public static TextSpan TrimBlanks(string text, TextSpan span)
    {
        int start = TrimStart(text, span.Start, span.End);
        return TextSpan.FromBounds(start, TrimEnd(text, start, span.End));
    }

    public static int LevelOf(NumberingStyle style) => style switch
    {
        NumberingStyle.ChineseComma => 1,
        NumberingStyle.ChineseParenthesized => 2,
        NumberingStyle.Arabic => 3,
        NumberingStyle.ArabicParenthesized => 4,
        _ => 5,
    };

    private static bool LooksLikeHeadingTitle(ReadOnlySpan<char> title)
    {
        if (title.IsEmpty || title.Length > MaxNumberedTitleLength) return false;
        // Sentences, not titles: they run on after a comma or semicolon. A title followed by a sentence on the same
        // line (（二）依申请公开。全年…) is a run-in heading, split off its paragraph (InlineHeadings).
        int end = title.IndexOfAny("。！？");
        return title.IndexOfAny("，,；;") < 0 && !char.IsAsciiDigit(title[0]) && (end < 0 || title[(end + 1)..].Trim().IsEmpty);
    }

    private static int TrimStart(string text, int start, int end)
    {
        while (start < end && IsBlank(text[start])) start++;
        return start;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && IsBlank(text[end - 1])) end--;
        return end;
    }

    private static bool IsBlank(char c) => c is ' ' or '\t' or '\u3000';
}
