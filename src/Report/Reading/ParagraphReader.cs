using GovInfo.Report.Documents;
using GovInfo.Report.Text;

namespace GovInfo.Report.Reading;

/// <summary>Builds paragraphs with their leading numbering, shared by the readers.</summary>
public static class ParagraphReader
{
    public static Paragraph Create(SourceText source, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && char.IsWhiteSpace(source.Text[start])) start++;
        while (end > start && char.IsWhiteSpace(source.Text[end - 1])) end--;
        var trimmed = TextSpan.FromBounds(start, end);
        NumberingParser.TryParse(source.Text, start, end, out var numbering, out _);
        return new Paragraph(trimmed, source[trimmed], numbering);
    }

    /// <summary>Whether a line ends a sentence, so that the next line starts a new paragraph.</summary>
    public static bool EndsSentence(string line)
    {
        var s = line.AsSpan().TrimEnd();
        return s.Length > 0 && "。！？；：!?;:".Contains(s[^1]);
    }
}
