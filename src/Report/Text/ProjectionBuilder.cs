using System.Text;

namespace GovInfo.Report.Text;

/// <summary>Builds a projected text and its <see cref="SourceMap"/> piece by piece, as a reader walks a .docx, HTML or PDF file.</summary>
/// <param name="format">The format's name (<see cref="SourceMap.Format"/>).</param>
/// <param name="original">The text positions refer to.</param>
/// <param name="scheme">How those positions are shown.</param>
/// <param name="pageStarts">For <see cref="PositionScheme.Pages"/>: the 1-based line of the original each page starts on.</param>
/// <param name="readOnlyReason">Why fixes cannot be written back into the file (<see cref="SourceMap.ReadOnlyReason"/>); null when they can.</param>
public sealed class ProjectionBuilder(string format, SourceText original, PositionScheme scheme, int[]? pageStarts = null, string? readOnlyReason = null)
{
    private readonly StringBuilder _text = new();
    private readonly List<SourceMap.Segment> _segments = [];
    private int _separatorAnchor = -1;

    public int Length => _text.Length;

    /// <summary>The last character appended, or '\0' at the start.</summary>
    public char Last => _text.Length == 0 ? '\0' : _text[^1];

    /// <summary>The offset of the first <paramref name="c"/> at or after <paramref name="start"/> in the text so far, or -1.</summary>
    public int IndexOf(char c, int start)
    {
        for (int i = start; i < _text.Length; i++)
            if (_text[i] == c) return i;
        return -1;
    }

    /// <summary>Whether the text so far ends with an empty line (or is empty).</summary>
    public bool AtBlankLine => _text.Length == 0 || (_text.Length >= 2 && _text[^1] == '\n' && _text[^2] == '\n');

    /// <summary>Characters copied one for one from the original, starting at <paramref name="originalStart"/>.</summary>
    public ProjectionBuilder AppendVerbatim(ReadOnlySpan<char> text, int originalStart)
    {
        if (text.IsEmpty) return this;
        FlushSeparator(text[0]);
        if (_segments.Count > 0 && _segments[^1] is { Verbatim: true } last
            && last.ProjectedEnd == _text.Length && last.OriginalStart + last.OriginalLength == originalStart)
            _segments[^1] = last with { Length = last.Length + text.Length, OriginalLength = last.OriginalLength + text.Length };
        else
            _segments.Add(new SourceMap.Segment(_text.Length, text.Length, originalStart, text.Length, true));
        _text.Append(text);
        return this;
    }

    /// <summary>Text that stands for an original stretch of another length, such as an entity or a run of white space.</summary>
    public ProjectionBuilder AppendStandIn(ReadOnlySpan<char> text, int originalStart, int originalLength)
    {
        if (text.IsEmpty) return this;
        FlushSeparator(text[0]);
        _segments.Add(new SourceMap.Segment(_text.Length, text.Length, originalStart, originalLength, false));
        _text.Append(text);
        return this;
    }

    /// <summary>Text the reader adds (numbering, separators, line breaks), shown at <paramref name="originalAnchor"/>.</summary>
    public ProjectionBuilder AppendSynthetic(ReadOnlySpan<char> text, int originalAnchor) => AppendStandIn(text, originalAnchor, 0);

    /// <summary>
    /// Joins what comes next to what came before as rendered text that was split across elements (two
    /// paragraphs in one table cell): directly between Chinese characters (商业|企业), with a space
    /// between two Latin words; nothing at the start or after white space.
    /// </summary>
    public void Separate(int originalAnchor) => _separatorAnchor = originalAnchor;

    private void FlushSeparator(char next)
    {
        if (_separatorAnchor < 0) return;
        int anchor = _separatorAnchor;
        _separatorAnchor = -1;
        char last = Last;
        if (_text.Length == 0 || char.IsWhiteSpace(last) || char.IsWhiteSpace(next) || DisplayWidth.IsWide(last) || DisplayWidth.IsWide(next)) return;
        _segments.Add(new SourceMap.Segment(_text.Length, 1, anchor, 0, false));
        _text.Append(' ');
    }

    private bool IsBlankSince(int position)
    {
        for (int i = position; i < _text.Length; i++)
            if (_text[i] == '\n' || !char.IsWhiteSpace(_text[i])) return false;
        return true;
    }

    /// <summary>Removes everything appended since <paramref name="position"/> when it is white space on one line (an empty table row, say).</summary>
    public bool DropBlankSince(int position)
    {
        if (!IsBlankSince(position)) return false;
        while (_text.Length > position) TrimLast();
        return true;
    }

    /// <summary>Removes trailing characters of the given kind (white space before a line break, say).</summary>
    public void TrimEnd(Func<char, bool> trim)
    {
        while (_text.Length > 0 && trim(_text[^1])) TrimLast();
    }

    private void TrimLast()
    {
        var last = _segments[^1];
        _text.Length--;
        if (last.Length == 1) _segments.RemoveAt(_segments.Count - 1);
        else _segments[^1] = last.Verbatim
            ? last with { Length = last.Length - 1, OriginalLength = last.OriginalLength - 1 }
            : last with { Length = last.Length - 1 };
    }

    public SourceText ToSourceText(string path) => new(_text.ToString(), path, original.Encoding, original.HadByteOrderMark,
        new SourceMap(format, original, scheme, [.. _segments], pageStarts) { ReadOnlyReason = readOnlyReason });
}
