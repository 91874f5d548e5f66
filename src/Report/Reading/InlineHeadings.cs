using System.Buffers;
using GovInfo.Report.Documents;
using GovInfo.Report.Text;

namespace GovInfo.Report.Reading;

/// <summary>
/// Finds headings written inside running text and splits the paragraph around them: a run-in heading that opens
/// a paragraph (<c>（三）精细化建设公开平台。我县…</c>), and, in a line long enough to hold a whole body (a crawler's
/// one-line export), every part heading and sub-head inside it. A part heading is numbered 一、… and either starts
/// with a title of the template (<see cref="HeadingVocabulary"/>) or continues the line's numbering after a sentence
/// end; a sub-head （一）… follows a sentence end or a heading and continues its own numbering. Either ends where its
/// title does — at a sentence end, a blank, a digit or a bracket — and is no heading when a comma or colon comes
/// first: that is a sentence or a lead-in (<c>（一）存在的主要问题：…</c>), and <c>一是…二是…</c> is no numbering.
/// </summary>
public static class InlineHeadings
{
    /// <summary>A line longer than this (in characters) is read as a body written on one line.</summary>
    public const int LongLine = 400;

    // A run-in title is short: longer first sentences are the paragraph's own.
    private const int MaxRunInTitleLength = 20;

    private static readonly SearchValues<char> HeadingStarts = SearchValues.Create("一二三四五六七八九十（(");

    private readonly record struct Found(TextSpan Span, TextSpan Content, int Level, int Value);

    /// <summary>Adds the paragraph <paramref name="span"/> to <paramref name="blocks"/>: the headings found in it and the paragraphs between them.</summary>
    public static void Read(SourceText source, TextSpan span, HeadingVocabulary headings, List<Block> blocks)
    {
        string text = source.Text;
        span = source.Trim(span);
        bool oneLine = IsOneLineBody(source, span);
        int paragraphStart = span.Start, partNumber = 0, subNumber = 0, afterHeading = -1;
        for (int i = span.Start; i < span.End; i++)
        {
            // On to the next place a heading can start: a Chinese numeral or an opening bracket.
            int skip = text.AsSpan(i, span.End - i).IndexOfAny(HeadingStarts);
            if (skip < 0) break;
            i += skip;
            bool opening = i == span.Start;
            if (!opening && !oneLine) break;
            var found = Find(text, i, span.End, headings, opening, oneLine, i == afterHeading, partNumber, subNumber);
            if (found is not { } heading) continue;
            if (heading.Span.Start > paragraphStart) AddParagraph(source, TextSpan.FromBounds(paragraphStart, heading.Span.Start), blocks);
            var made = HeadingRecognizer.Build(source, heading.Span, heading.Level, HeadingSyntax.Numbered, heading.Content);
            blocks.Add(made with { Level = LevelOfSiblings(blocks, made.Numbering!.Style) ?? heading.Level });
            if (heading.Level == 1) (partNumber, subNumber) = (heading.Value, 0);
            else subNumber = heading.Value;
            paragraphStart = heading.Span.End;
            afterHeading = SkipBlanks(text, paragraphStart, span.End);
            i = heading.Span.End - 1;
        }
        if (paragraphStart < span.End) AddParagraph(source, TextSpan.FromBounds(paragraphStart, span.End), blocks);
    }

    /// <summary>
    /// The level of the last heading read before that is numbered in the same style (<c>### （二）…</c> for a run-in
    /// （三）), so that a heading found inside a paragraph ranks with its siblings; null when there is none.
    /// </summary>
    private static int? LevelOfSiblings(List<Block> blocks, NumberingStyle style)
    {
        for (int k = blocks.Count - 2; k >= 0; k--)
            if (blocks[k] is Heading { Numbering: { } n } h && n.Style == style) return h.Level;
        return null;
    }

    private static bool IsOneLineBody(SourceText source, TextSpan span)
    {
        if (span.Length <= LongLine) return false;
        for (int lineStart = span.Start; lineStart <= span.End;)
        {
            int end = source.Text.AsSpan(lineStart, span.End - lineStart).IndexOf('\n');
            end = end < 0 ? span.End : lineStart + end;
            if (end - lineStart > LongLine) return true;
            lineStart = end + 1;
        }
        return false;
    }

    private static void AddParagraph(SourceText source, TextSpan span, List<Block> blocks)
    {
        var trimmed = source.Trim(span);
        if (trimmed.Length > 0) blocks.Add(ParagraphReader.Create(source, trimmed));
    }

    private static Found? Find(string text, int at, int limit, HeadingVocabulary headings, bool opening, bool oneLine, bool afterHeading, int partNumber, int subNumber)
    {
        if (!NumberingParser.TryParse(text, at, limit, out var numbering, out int titleStart) || numbering!.Span.Start != at) return null;
        bool afterSentence = opening || afterHeading || FollowsSentenceEnd(text, at);
        switch (numbering.Style)
        {
            case NumberingStyle.ChineseComma:
            {
                // 统一、权威: a numeral inside a word is no numbering.
                if (!opening && IsIdeograph(text[at - 1])) return null;
                int known = headings.MatchEnd(text, titleStart, limit);
                // Inside a one-line body the next words may follow a title without a break (…情况第二十条…).
                if (known > titleStart && (oneLine || EndsTitle(text, known, limit))) return Heading(text, at, known, limit, 1, numbering.Value);
                if (!afterSentence || (!opening && numbering.Value != partNumber + 1)) return null;
                return Title(text, at, titleStart, limit, 1, numbering.Value, oneLine);
            }
            case NumberingStyle.ChineseParenthesized:
                if (!afterSentence) return null;
                if (!opening && numbering.Value != subNumber + 1) return null;
                return Title(text, at, titleStart, limit, 2, numbering.Value, oneLine);
            default:
                return null;
        }
    }

    /// <summary>The heading whose title runs from <paramref name="titleStart"/> to its end, or null when what follows the numbering is no title.</summary>
    private static Found? Title(string text, int at, int titleStart, int limit, int level, int value, bool oneLine)
    {
        int i = titleStart;
        while (i < limit)
        {
            char c = text[i];
            if (c is '，' or ',' or '；' or ';' or '：' or ':' or '\n' or '\r') return null;
            if (c is '。' or '！' or '？' || (oneLine && (IsBlank(c) || char.IsAsciiDigit(c) || c is '（' or '('))) break;
            i++;
        }
        if (i >= limit) return null;
        int length = i - titleStart;
        if (length < 2 || length > (oneLine ? HeadingRecognizer.MaxNumberedTitleLength : MaxRunInTitleLength)) return null;
        // Off a one-line body, only a sentence end ends a run-in title: a blank or a digit may be a wrapped label's.
        if (!oneLine && text[i] is not ('。' or '！' or '？')) return null;
        return Heading(text, at, i, limit, level, value);
    }

    /// <summary>The heading from <paramref name="at"/> to <paramref name="titleEnd"/>, with the sentence end that closes it, if any.</summary>
    private static Found Heading(string text, int at, int titleEnd, int limit, int level, int value)
    {
        int contentEnd = titleEnd;
        while (contentEnd > at && IsBlank(text[contentEnd - 1])) contentEnd--;
        int end = titleEnd;
        if (end < limit && text[end] is '。' or '！' or '？') end++;
        return new Found(TextSpan.FromBounds(at, end), TextSpan.FromBounds(at, contentEnd), level, value);
    }

    /// <summary>Whether a title may end at <paramref name="i"/>: at the text's end, a line end, a blank, a sentence end, a digit or a bracket.</summary>
    private static bool EndsTitle(string text, int i, int limit)
        => i >= limit || text[i] is '\n' or '\r' or '。' or '！' or '？' or '（' or '(' || IsBlank(text[i]) || char.IsAsciiDigit(text[i]);

    /// <summary>Whether the text before <paramref name="at"/>, blanks aside, ends a sentence.</summary>
    private static bool FollowsSentenceEnd(string text, int at)
    {
        int i = at;
        while (i > 0 && IsBlank(text[i - 1])) i--;
        return i == 0 || text[i - 1] is '\n' || Sentences.IsEnd(text[i - 1]);
    }

    private static int SkipBlanks(string text, int i, int limit)
    {
        while (i < limit && IsBlank(text[i])) i++;
        return i;
    }

    private static bool IsIdeograph(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static bool IsBlank(char c) => c is ' ' or '\t' or '\u3000';
}
