using GovInfo.Report.Documents;
using GovInfo.Report.Text;

namespace GovInfo.Report.Reading;

/// <summary>Builds paragraphs with their leading numbering, shared by the readers.</summary>
public static class ParagraphReader
{
    public static Paragraph Create(SourceText source, TextSpan span)
    {
        var trimmed = source.Trim(span);
        NumberingParser.TryParse(source.Text, trimmed.Start, trimmed.End, out var numbering, out _);
        return new Paragraph(trimmed, source[trimmed], numbering);
    }

    /// <summary>Whether a line ends a sentence (<see cref="Sentences.IsEnd"/>) or a lead-in ending in a colon, so that the next line starts a new paragraph.</summary>
    public static bool EndsSentence(string line) => EndsSentence(line.AsSpan());

    /// <inheritdoc cref="EndsSentence(string)"/>
    public static bool EndsSentence(ReadOnlySpan<char> line)
    {
        var s = line.TrimEnd();
        return s.Length > 0 && (Sentences.IsEnd(s[^1]) || s[^1] is '：' or ':');
    }
}
