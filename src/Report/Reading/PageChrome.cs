using System.Text.RegularExpressions;
using GovInfo.Report.Documents;
using GovInfo.Report.Text;

namespace GovInfo.Report.Reading;

/// <summary>
/// Recognises text around a report rather than of it, as running text carries it: page numbers printed at page
/// breaks, a line repeated at every page break, a crawler's header fields at the start of the file, a portal's
/// breadcrumbs before the body (<see cref="ChromeKind"/>).
/// </summary>
public static partial class PageChrome
{
    // A header of field lines sits at the very start of the file; its rule line is not far down.
    private const int MaxHeaderLines = 15;
    // A line printed at every page break is short, and a report has at least three pages for it to show.
    private const int MaxRunningHeaderLength = 40;
    private const int MinRunningHeaderRepeats = 3;
    // Breadcrumbs and page tools are a few hundred characters at most.
    private const int MaxBreadcrumbLength = 300;

    [GeneratedRegex(@"^[ \t\u3000]*(?:[—–\-－~～·]+[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*[—–\-－~～·]+|第[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*页(?:[ \t\u3000,，/]*共[ \t\u3000]*[0-9０-９]{1,3}[ \t\u3000]*页)?|[0-9０-９]{1,3}[ \t\u3000]*/[ \t\u3000]*[0-9０-９]{1,3})[ \t\u3000]*$")]
    private static partial Regex Footer();

    [GeneratedRegex(@"^[ \t\u3000]*[\p{IsCJKUnifiedIdeographs}A-Za-z]{1,6}[ \t\u3000]*[:：]")]
    private static partial Regex FieldLine();

    [GeneratedRegex(@"^[ \t\u3000]*(?:[=＝\-—_*#~]{3,}[^=＝\-—_*#~]{0,12}[=＝\-—_*#~]{3,}|[=＝\-—_*~]{3,})[ \t\u3000]*$")]
    private static partial Regex RuleLine();

    [GeneratedRegex(@"\G[ \t\u3000]*(?:当前位置|您的位置|您现在的位置|你的位置|所在位置|现在位置)[ \t\u3000]*[:：]")]
    private static partial Regex BreadcrumbStart();

    /// <summary>Whether the line is a page number alone: <c>— 3 —</c>, <c>- 3 -</c>, <c>第 3 页</c>, <c>第3页 共5页</c>, <c>3/5</c>.</summary>
    public static bool IsPageFooter(string text, TextSpan line)
        => line.Length <= 24 && MayBePageFooter(text, line) && Footer().IsMatch(text.AsSpan(line.Start, line.Length));

    /// <summary>Whether the first character after the line's blanks can begin a page number (a dash, a tilde, a dot, 第, a digit): other lines are ruled out without the pattern.</summary>
    internal static bool MayBePageFooter(string text, TextSpan line)
    {
        int i = line.Start;
        while (i < line.End && IsBlank(text[i])) i++;
        return i < line.End && text[i] is '—' or '–' or '-' or '－' or '~' or '～' or '·' or '第' or (>= '0' and <= '9') or (>= '０' and <= '９');
    }

    /// <summary>
    /// The last line of a header the file starts with: field lines (<c>发布时间: …</c>, <c>原文链接: …</c>), at least two,
    /// up to a rule line (<c>==== 正文 ====</c>) when one follows within the first lines, else up to the last field line;
    /// 0 when the file starts with no such header.
    /// </summary>
    public static int HeaderEnd(SourceText source, int last)
    {
        string text = source.Text;
        int fields = 0, lastField = 0, limit = Math.Min(last, MaxHeaderLines);
        bool inRun = true;
        for (int line = 1; line <= limit; line++)
        {
            var span = source.GetLineSpan(line);
            var s = text.AsSpan(span.Start, span.Length);
            if (MayBeRuleLine(s) && RuleLine().IsMatch(s)) return fields >= 2 ? line : 0;
            if (s.IndexOfAny(':', '：') >= 0 && FieldLine().IsMatch(s) && s.IndexOf('。') < 0)
            {
                fields++;
                if (inRun) lastField = line;
            }
            else if (!s.IsWhiteSpace()) inRun = false;
        }
        return fields >= 2 && lastField >= 2 ? lastField : 0;
    }

    /// <summary>Whether a header line is the title field (<c>标题: …</c>), which the title is read from.</summary>
    public static bool IsTitleField(string text, TextSpan line)
        => text.AsSpan(line.Start, line.Length).IndexOfAny(':', '：') >= 0 && TitleRecognizer.TitleField().Match(text, line.Start, line.Length).Success;

    /// <summary>Whether the first character after the line's blanks is one a rule line is drawn with: other lines are ruled out without the pattern.</summary>
    private static bool MayBeRuleLine(ReadOnlySpan<char> line)
    {
        var s = line.TrimStart(" \t\u3000");
        return !s.IsEmpty && s[0] is '=' or '＝' or '-' or '—' or '_' or '*' or '#' or '~';
    }

    /// <summary>
    /// Where breadcrumbs that start the line (<c>当前位置：首页 政务公开 …</c>) end: after the last blank before the
    /// first full-width sentence punctuation, where the body starts; the line's end when it holds none; -1 when the
    /// line does not start with breadcrumbs.
    /// </summary>
    public static int BreadcrumbEnd(string text, TextSpan line)
    {
        if (!MayStartBreadcrumbs(text, line)) return -1;
        var m = BreadcrumbStart().Match(text, line.Start, line.Length);
        if (!m.Success) return -1;
        // Page tools write half-width punctuation (分享到:微信,微博); the body's sentences are written in full-width.
        int sentence = text.AsSpan(m.Index + m.Length, line.End - m.Index - m.Length).IndexOfAny("，。；！？");
        if (sentence < 0) return line.Length <= MaxBreadcrumbLength ? line.End : -1;
        sentence += m.Index + m.Length;
        int end = sentence;
        while (end > m.Index + m.Length && !IsBlank(text[end - 1])) end--;
        if (end <= m.Index + m.Length || end - line.Start > MaxBreadcrumbLength) return -1;
        while (end > line.Start && IsBlank(text[end - 1])) end--;
        return end;
    }

    /// <summary>
    /// The lines printed again at page breaks: short lines that recur, word for word, at least three times and are
    /// no heading, table row, sentence or page number.
    /// </summary>
    public static HashSet<string> RunningHeaders(SourceText source)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        string text = source.Text;
        for (int line = 1; line <= source.LineCount; line++)
        {
            var span = source.Trim(source.GetLineSpan(line));
            if (span.Length is < 2 or > MaxRunningHeaderLength) continue;
            var s = text.AsSpan(span.Start, span.Length);
            if (s.IndexOfAny("。，；！？,;!?|\t#") >= 0 || NumberingParser.TryParse(text, span.Start, span.End, out _, out _)) continue;
            if (IsPageFooter(text, span) || RunningText.IsComment(text, span)) continue;
            // Looked up by the line's characters: a string is made only for a line seen the first time.
            lines[s] = lines.TryGetValue(s, out int seen) ? seen + 1 : 1;
        }
        var headers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, count) in counts)
            if (count >= MinRunningHeaderRepeats) headers.Add(line);
        return headers;
    }

    /// <summary>Whether the first character after the line's blanks begins one of the words breadcrumbs start with (当前位置, 您的位置 …): other lines are ruled out without the pattern.</summary>
    private static bool MayStartBreadcrumbs(string text, TextSpan line)
    {
        int i = line.Start;
        while (i < line.End && IsBlank(text[i])) i++;
        return i < line.End && text[i] is '当' or '您' or '你' or '所' or '现';
    }

    private static bool IsBlank(char c) => c is ' ' or '\t' or '\u3000';
}
