using System.Text.RegularExpressions;
using GovInfo.Report.Documents;
using GovInfo.Report.Text;

namespace GovInfo.Report.Reading;

/// <summary>
/// Reads plain-text reports line by line, as agencies export them: headings as numbered lines or with
/// Markdown <c>#</c> markers, tables as tab-separated or pipe rows, paragraphs separated by blank lines
/// or ending in 。, bullet items starting with <c>-</c>.
/// </summary>
public sealed partial class PlainTextReader : IReportReader
{
    public string Format => "text";

    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".text"];

    [GeneratedRegex(@"\G[ \t\u3000]*[-*+•·][ \t\u3000]+")]
    private static partial Regex BulletMarker();

    public int ScoreContent(SourceText source) => 1;

    public Document Read(SourceText source)
    {
        string text = source.Text;
        var lines = Enumerable.Range(1, source.LineCount).Select(source.GetLineSpan).ToList();
        var blocks = new List<Block>();
        int i = 0;
        while (i < lines.Count)
        {
            var line = lines[i];
            if (IsBlank(text, line) || IsComment(text, line)) { i++; continue; }

            if (TryReadTable(source, lines, ref i, blocks)) continue;

            Block? single = (Block?)HeadingRecognizer.ReadAtx(source, line) ?? (Block?)ReadBullet(source, line) ?? HeadingRecognizer.ReadNumbered(source, line);
            if (single is not null)
            {
                blocks.Add(single);
                i++;
                continue;
            }

            int first = i;
            while (i + 1 < lines.Count && ContinuesParagraph(source, lines[i], lines[i + 1])) i++;
            blocks.Add(ParagraphReader.Create(source, lines[first].Cover(lines[i])));
            i++;
        }
        TitleRecognizer.Apply(source, blocks);
        return new Document(source, Format, blocks);
    }

    private static bool TryReadTable(SourceText source, List<TextSpan> lines, ref int i, List<Block> blocks)
    {
        string text = source.Text;
        Func<string, TextSpan, bool>? isRow =
            TableParser.IsPipeRow(text, lines[i]) ? TableParser.IsPipeRow
            : TableParser.IsTabRow(text, lines[i]) ? TableParser.IsTabRow
            : null;
        if (isRow is null) return false;

        // A comment line (a govlint directive) inside a table belongs to no row and does not end the table.
        int end = i;
        while (end < lines.Count && !IsBlank(text, lines[end]) && (isRow(text, lines[end]) || (IsComment(text, lines[end]) && end + 1 < lines.Count && isRow(text, lines[end + 1])))) end++;
        var run = lines.GetRange(i, end - i).Where(l => !IsComment(text, l) || isRow(text, l)).ToList();
        if (isRow == TableParser.IsPipeRow)
        {
            blocks.Add(TableParser.ParsePipes(source, run));
        }
        else
        {
            if (!TableParser.IsTabTable(source, run)) return false;
            blocks.Add(TableParser.ParseTabs(source, run));
        }
        i = end;
        return true;
    }

    private ListItem? ReadBullet(SourceText source, TextSpan line)
    {
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

    private bool ContinuesParagraph(SourceText source, TextSpan previous, TextSpan next)
    {
        string text = source.Text;
        if (IsBlank(text, next) || IsComment(text, next)) return false;
        if (ParagraphReader.EndsSentence(source[previous])) return false;
        if (TableParser.IsTabRow(text, next) || TableParser.IsPipeRow(text, next)) return false;
        return HeadingRecognizer.ReadAtx(source, next) is null
            && ReadBullet(source, next) is null
            && HeadingRecognizer.ReadNumbered(source, next) is null;
    }

    private static bool IsBlank(string text, TextSpan line) => text.AsSpan(line.Start, line.Length).IsWhiteSpace();

    /// <summary>A line that is one HTML comment, such as a govlint-disable directive: not report text.</summary>
    internal static bool IsComment(string text, TextSpan line)
    {
        var s = text.AsSpan(line.Start, line.Length).Trim();
        return s.StartsWith("<!--") && s.EndsWith("-->") && s[4..^3].IndexOf("-->") < 0;
    }
}
