namespace GovInfo.Report.Formats.Pdf;

/// <summary>One glyph drawn on a page, in page space (points, y upwards): its text, box, baseline and advance.</summary>
internal sealed record PdfGlyph(string Text, double Left, double Bottom, double Right, double Top, double X, double Baseline, double Advance, double Size)
{
    public double CenterX => (Left + Right) / 2;

    public double CenterY => (Bottom + Top) / 2;

    /// <summary>Where the pen stands after the glyph.</summary>
    public double End => X + Advance;
}

/// <summary>A ruling line drawn on a page: horizontal (y fixed, from x <see cref="From"/> to <see cref="To"/>) or vertical (x fixed).</summary>
internal readonly record struct PdfRule(bool Horizontal, double At, double From, double To);

/// <summary>What govlint reads from one page: its 1-based number, its glyphs and the lines it draws.</summary>
internal sealed record PdfPageContent(int Number, IReadOnlyList<PdfGlyph> Glyphs, IReadOnlyList<PdfRule> Rules);
