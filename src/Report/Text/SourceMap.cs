namespace GovInfo.Report.Text;

/// <summary>
/// Leads offsets of a projected text (the plain text govlint reads out of a .docx or HTML file) back to
/// offsets in the <see cref="Original"/> text: the HTML source, or the .docx paragraphs one per line.
/// Each projected character either copies one original character (verbatim, so a fix can be written
/// back), stands for a longer original stretch (an entity, collapsed white space), or was added by the
/// reader (numbering, a tab between table cells) and points at the nearest original position.
/// </summary>
public sealed class SourceMap
{
    private readonly int[] _projectedStarts;
    private readonly Segment[] _segments;

    internal readonly record struct Segment(int ProjectedStart, int Length, int OriginalStart, int OriginalLength, bool Verbatim)
    {
        public int ProjectedEnd => ProjectedStart + Length;
    }

    private readonly int[] _pageStarts;

    internal SourceMap(string format, SourceText original, PositionScheme scheme, Segment[] segments, int[]? pageStarts = null)
    {
        _pageStarts = pageStarts ?? [];
        Format = format;
        Original = original;
        Scheme = scheme;
        _segments = segments;
        _projectedStarts = Array.ConvertAll(segments, s => s.ProjectedStart);
    }

    /// <summary>The format the text was projected from, such as <c>docx</c> or <c>html</c>.</summary>
    public string Format { get; }

    /// <summary>The text positions refer to: the HTML source, or one line per .docx paragraph.</summary>
    public SourceText Original { get; }

    public PositionScheme Scheme { get; }

    /// <summary>Why no fix can be written back into the file (PDF 文件不支持自动修复); null when fixes can be written.</summary>
    public string? ReadOnlyReason { get; init; }

    /// <summary>
    /// For <see cref="PositionScheme.Pages"/>: the page, line within the page and column of a position in the
    /// original, whose lines run through the pages in order; null in other schemes.
    /// </summary>
    public PagePosition? OnPage(LinePosition position)
    {
        if (Scheme != PositionScheme.Pages || _pageStarts.Length == 0) return null;
        int page = Array.BinarySearch(_pageStarts, position.Line);
        if (page < 0) page = Math.Max(0, ~page - 1);
        return new PagePosition(page + 1, position.Line - _pageStarts[page] + 1, position.Column);
    }

    /// <summary>The lines of the original (1-based, inclusive) each page holds, for <see cref="PositionScheme.Pages"/>; none in other schemes.</summary>
    public IEnumerable<(int Page, int FirstLine, int LastLine)> Pages()
    {
        for (int i = 0; i < _pageStarts.Length; i++)
            yield return (i + 1, _pageStarts[i], i + 1 < _pageStarts.Length ? _pageStarts[i + 1] - 1 : Original.LineCount);
    }

    /// <summary>The original offset a projected offset comes from.</summary>
    public int ToOriginal(int offset)
    {
        if (_segments.Length == 0) return 0;
        var segment = _segments[Find(offset)];
        if (offset >= segment.ProjectedEnd) return segment.OriginalStart + segment.OriginalLength;
        return segment.Verbatim ? segment.OriginalStart + (offset - segment.ProjectedStart) : segment.OriginalStart;
    }

    /// <summary>The position in the original of a projected offset.</summary>
    public LinePosition Locate(int offset) => Original.GetLinePosition(ToOriginal(offset));

    /// <summary>
    /// The original offsets where a projected span starts and just after its last character, the end never
    /// before the start.
    /// (Its end offset alone can land on text the reader added after it, anchored earlier in the file, as a
    /// line break after a heading is anchored at the heading's element.)
    /// </summary>
    public (int Start, int End) ToOriginal(TextSpan span)
    {
        int start = ToOriginal(span.Start);
        if (span.IsEmpty || _segments.Length == 0) return (start, start);
        int last = span.End - 1;
        var segment = _segments[Find(last)];
        int end = last < segment.ProjectedEnd && segment.Verbatim
            ? segment.OriginalStart + (last - segment.ProjectedStart) + 1
            : segment.OriginalStart + segment.OriginalLength;
        return (start, Math.Max(start, end));
    }

    /// <summary>
    /// The original span a projected span copies character for character, so that replacing it there
    /// is the same edit; false when any of it is an entity, collapsed white space or added by the reader.
    /// </summary>
    public bool TryMapVerbatim(TextSpan span, out TextSpan original)
    {
        original = default;
        if (_segments.Length == 0) return false;
        int i = Find(span.Start);
        if (span.IsEmpty)
        {
            // An insertion point belongs to the verbatim segment it is inside of, or at the end of.
            var at = _segments[i];
            if (!at.Verbatim && i > 0 && _segments[i - 1].Verbatim && _segments[i - 1].ProjectedEnd == span.Start) at = _segments[i - 1];
            if (!at.Verbatim) return false;
            original = new TextSpan(at.OriginalStart + (span.Start - at.ProjectedStart), 0);
            return true;
        }
        int start = -1, expected = -1;
        for (int position = span.Start; position < span.End; i++)
        {
            if (i >= _segments.Length) return false;
            var segment = _segments[i];
            if (!segment.Verbatim) return false;
            int offsetInSegment = position - segment.ProjectedStart;
            int originalAt = segment.OriginalStart + offsetInSegment;
            if (start < 0) start = originalAt;
            else if (originalAt != expected) return false;
            int take = Math.Min(segment.ProjectedEnd, span.End) - position;
            position += take;
            expected = originalAt + take;
        }
        original = TextSpan.FromBounds(start, expected);
        return true;
    }

    /// <summary>
    /// The original span that replacing <paramref name="span"/> replaces: as <see cref="TryMapVerbatim"/>, but white space
    /// the reader collapsed (a run of blanks and line breaks read as one space) and entities (<c>&amp;nbsp;</c>) may be
    /// in it when the span covers them whole: the edit then replaces the whole original stretch they stand for, as a
    /// reader sees the replacement. Text the reader added, markup, and a span that cuts such a stretch are refused.
    /// </summary>
    public bool TryMapReplaceable(TextSpan span, out TextSpan original)
    {
        if (span.IsEmpty) return TryMapVerbatim(span, out original);
        original = default;
        if (_segments.Length == 0) return false;
        int i = Find(span.Start);
        int start = -1, expected = -1;
        for (int position = span.Start; position < span.End; i++)
        {
            if (i >= _segments.Length) return false;
            var segment = _segments[i];
            if (segment.Length == 0) continue;
            int originalAt, take, originalTake;
            if (segment.Verbatim)
            {
                originalAt = segment.OriginalStart + (position - segment.ProjectedStart);
                take = Math.Min(segment.ProjectedEnd, span.End) - position;
                originalTake = take;
            }
            else
            {
                if (position != segment.ProjectedStart || segment.ProjectedEnd > span.End || !StandsForText(segment)) return false;
                originalAt = segment.OriginalStart;
                take = segment.Length;
                originalTake = segment.OriginalLength;
            }
            if (start < 0) start = originalAt;
            else if (originalAt != expected) return false;
            position += take;
            expected = originalAt + originalTake;
        }
        original = TextSpan.FromBounds(start, expected);
        return true;
    }

    /// <summary>Whether a segment that is not verbatim stands for white space or one entity of the original (not markup, not added text).</summary>
    private bool StandsForText(Segment segment)
    {
        if (segment.OriginalLength == 0) return false;
        var stretch = Original.Text.AsSpan(segment.OriginalStart, segment.OriginalLength);
        bool blank = true;
        foreach (char c in stretch) blank &= char.IsWhiteSpace(c);
        if (blank) return true;
        if (stretch.Length < 3 || stretch[0] != '&' || stretch[^1] != ';') return false;
        foreach (char c in stretch[1..^1])
            if (!char.IsAsciiLetterOrDigit(c) && c != '#') return false;
        return true;
    }

    /// <summary>The index of the last segment starting at or before the offset.</summary>
    private int Find(int offset)
    {
        int i = Array.BinarySearch(_projectedStarts, offset);
        if (i < 0) i = ~i - 1;
        return Math.Clamp(i, 0, _segments.Length - 1);
    }
}
