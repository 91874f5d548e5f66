using System.Text;

namespace GovInfo.Report.Text;

/// <summary>Decoded report text with its path, the encoding it was read in, and an index of line starts.</summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string text, string path = "", Encoding? encoding = null, bool hadByteOrderMark = false, SourceMap? map = null)
    {
        Map = map;
        Text = text;
        Path = path;
        Encoding = encoding ?? new UTF8Encoding(false);
        HadByteOrderMark = hadByteOrderMark;
        _lineStarts = ComputeLineStarts(text);
    }

    public string Text { get; }
    public string Path { get; }
    public Encoding Encoding { get; }
    public bool HadByteOrderMark { get; }
    public int Length => Text.Length;

    /// <summary>For text read out of a .docx or HTML file, how its offsets lead back to that file; null for text files.</summary>
    public SourceMap? Map { get; }

    /// <summary>How <see cref="Locate"/> positions are shown: source lines, or .docx paragraphs.</summary>
    public PositionScheme Scheme => Map?.Scheme ?? PositionScheme.Lines;
    public int LineCount => _lineStarts.Length;

    /// <summary>Text in this text's encoding, with the byte order mark if it had one; line endings are whatever the text holds.</summary>
    public byte[] Encode(string text) => [.. HadByteOrderMark ? Encoding.GetPreamble() : [], .. Encoding.GetBytes(text)];

    public string this[TextSpan span] => Text.Substring(span.Start, span.Length);

    public LinePosition GetLinePosition(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Text.Length);
        int line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0) line = ~line - 1;
        return new LinePosition(line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>
    /// The position to show a user: in the file as written (the HTML source line, the .docx paragraph),
    /// where <see cref="GetLinePosition"/> counts lines of this text.
    /// </summary>
    public LinePosition Locate(int offset) => Map?.Locate(offset) ?? GetLinePosition(offset);

    /// <summary>Where a span starts and ends in the file as written; the end is never before the start.</summary>
    public (LinePosition Start, LinePosition End) LocateSpan(TextSpan span)
    {
        if (Map is not { } map) return (GetLinePosition(span.Start), GetLinePosition(span.End));
        var (start, end) = map.ToOriginal(span);
        return (map.Original.GetLinePosition(start), map.Original.GetLinePosition(end));
    }

    /// <summary>The span of a 1-based line, without its line break.</summary>
    public TextSpan GetLineSpan(int line)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(line, _lineStarts.Length);
        int start = _lineStarts[line - 1];
        int end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r')) end--;
        return TextSpan.FromBounds(start, end);
    }

    public string GetLine(int line) => this[GetLineSpan(line)];

    /// <summary>The span without the white space at either end.</summary>
    public TextSpan Trim(TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && char.IsWhiteSpace(Text[start])) start++;
        while (end > start && char.IsWhiteSpace(Text[end - 1])) end--;
        return TextSpan.FromBounds(start, end);
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int>(text.Length / 32 + 1) { 0 };
        var rest = text.AsSpan();
        int offset = 0;
        // Line breaks found at vector speed: \r\n, \r and \n each end a line.
        for (int at = rest.IndexOfAny('\r', '\n'); at >= 0; at = rest.IndexOfAny('\r', '\n'))
        {
            int end = at + 1;
            if (rest[at] == '\r' && end < rest.Length && rest[end] == '\n') end++;
            offset += end;
            starts.Add(offset);
            rest = rest[end..];
        }
        return starts.ToArray();
    }
}
