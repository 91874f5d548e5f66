using System.Text.RegularExpressions;
using GovInfo.Report.Documents;
using GovInfo.Report.Text;

namespace GovInfo.Report.Reading;

/// <summary>
/// Reads running text line by line in the conventions of plain-text reports, whatever format it came
/// from: a line with Markdown <c>#</c> markers or a short line that starts with numbering (一、 （一） 1.)
/// is a heading, a line starting with <c>-</c> or <c>•</c> a list item, a comment line is skipped, and
/// other lines make paragraphs that end at a blank line, at a line ending a sentence or a colon, or
/// before a line that is a heading, an item or a table row.
/// </summary>
public static partial class RunningText
{
    [GeneratedRegex(@"\G[ \t\u3000]*[-*+•·][ \t\u3000]+")]
    private static partial Regex BulletMarker();

    /// <summary>Reads lines <paramref name="first"/> to <paramref name="last"/> (1-based, inclusive) into blocks.</summary>
    public static void Read(SourceText source, int first, int last, List<Block> blocks)
    {
        string text = source.Text;
        int i = first;
        while (i <= last)
        {
            var line = source.GetLineSpan(i);
            if (IsBlank(text, line) || IsComment(text, line)) { i++; continue; }

            Block? single = (Block?)HeadingRecognizer.ReadAtx(source, line) ?? (Block?)ReadBullet(source, line) ?? HeadingRecognizer.ReadNumbered(source, line);
            if (single is not null)
            {
                blocks.Add(single);
                i++;
                continue;
            }

            int start = i;
            while (i < last && ContinuesParagraph(source, source.GetLineSpan(i), source.GetLineSpan(i + 1))) i++;
            blocks.Add(ParagraphReader.Create(source, line.Cover(source.GetLineSpan(i))));
            i++;
        }
    }

    /// <summary>A line that is one HTML comment, such as a govlint directive: not report text.</summary>
    public static bool IsComment(string text, TextSpan line)
    {
        var s = text.AsSpan(line.Start, line.Length).Trim();
        return s.StartsWith("<!--") && s.EndsWith("-->") && s[4..^3].IndexOf("-->") < 0;
    }

    public static bool IsBlank(string text, TextSpan line) => text.AsSpan(line.Start, line.Length).IsWhiteSpace();

    private static ListItem? ReadBullet(SourceText source, TextSpan line)
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

    private static bool ContinuesParagraph(SourceText source, TextSpan previous, TextSpan next)
    {
        string text = source.Text;
        if (IsBlank(text, next) || IsComment(text, next)) return false;
        if (ParagraphReader.EndsSentence(source[previous])) return false;
        if (TableParser.IsTabRow(text, next) || TableParser.IsPipeRow(text, next)) return false;
        return HeadingRecognizer.ReadAtx(source, next) is null
            && ReadBullet(source, next) is null
            && HeadingRecognizer.ReadNumbered(source, next) is null;
    }
}
