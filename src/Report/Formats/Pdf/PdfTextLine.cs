using System.Text;
using GovInfo.Report.Text;

namespace GovInfo.Report.Formats.Pdf;

/// <summary>
/// Glyphs that share a baseline, left to right, and the text they make: a space stands where the gap
/// between two glyphs is wider than the type leaves between the characters of a word.
/// </summary>
internal sealed class PdfTextLine
{
    // A gap this many ems wide separates words (and the space a word processor sets between CJK and Latin
    // text, which extracted text shows as a space); between two CJK characters (set without spaces) a wider one does.
    private const double WordGap = 0.15;
    private const double WideWordGap = 0.8;

    private PdfTextLine(IReadOnlyList<PdfGlyph> glyphs, string text, int[] columns)
    {
        Glyphs = glyphs;
        Text = text;
        Columns = columns;
    }

    public IReadOnlyList<PdfGlyph> Glyphs { get; }

    /// <summary>The line as text: the glyphs in order, spaces where words part.</summary>
    public string Text { get; }

    /// <summary>Where each glyph's text starts in <see cref="Text"/>.</summary>
    public IReadOnlyList<int> Columns { get; }

    public double Left => Glyphs[0].Left;
    public double Right => Glyphs[^1].Right;
    public double Top => Glyphs.Max(g => g.Top);
    public double Bottom => Glyphs.Min(g => g.Bottom);
    public double Baseline => Glyphs[0].Baseline;
    public double Size => Glyphs.Max(g => g.Size);

    /// <summary>Whether a space separates glyph <paramref name="i"/> from the one before it.</summary>
    public bool SpaceBefore(int i) => i > 0 && Columns[i] > Columns[i - 1] + Glyphs[i - 1].Text.Length;

    public static PdfTextLine Of(IReadOnlyList<PdfGlyph> glyphs)
    {
        var sorted = glyphs.OrderBy(g => g.X).ToList();
        var text = new StringBuilder();
        var columns = new int[sorted.Count];
        for (int i = 0; i < sorted.Count; i++)
        {
            if (i > 0 && Parts(sorted[i - 1], sorted[i])) text.Append(' ');
            columns[i] = text.Length;
            text.Append(sorted[i].Text);
        }
        return new PdfTextLine(sorted, text.ToString(), columns);
    }

    /// <summary>Groups glyphs into lines by baseline, top line first.</summary>
    public static List<PdfTextLine> Group(IEnumerable<PdfGlyph> glyphs)
    {
        var lines = new List<PdfTextLine>();
        var current = new List<PdfGlyph>();
        double baseline = 0, size = 0;
        foreach (var glyph in glyphs.OrderByDescending(g => g.Baseline).ThenBy(g => g.X))
        {
            if (current.Count > 0 && Math.Abs(glyph.Baseline - baseline) > 0.35 * Math.Max(size, glyph.Size))
            {
                lines.Add(Of(current));
                current = [];
            }
            if (current.Count == 0) (baseline, size) = (glyph.Baseline, glyph.Size);
            current.Add(glyph);
        }
        if (current.Count > 0) lines.Add(Of(current));
        return lines;
    }

    private static bool Parts(PdfGlyph before, PdfGlyph after)
    {
        double gap = after.X - before.End;
        double em = Math.Max(before.Size, after.Size);
        bool wide = (IsWide(before.Text) && IsWide(after.Text)) || IsCjkPunctuation(before.Text) || IsCjkPunctuation(after.Text);
        return gap > (wide ? WideWordGap : WordGap) * em;
    }

    // Full-width punctuation carries its own space: none is added beside it.
    private static bool IsCjkPunctuation(string text) => text.Length > 0 && text[0] is (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFF0F') or (>= '\uFF1A' and <= '\uFF20') or '“' or '”' or '‘' or '’' or '…' or '—';

    private static bool IsWide(string text) => text.Length > 0 && DisplayWidth.IsWide(text[0]);
}
