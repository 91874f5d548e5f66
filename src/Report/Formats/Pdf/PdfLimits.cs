namespace GovInfo.Report.Formats.Pdf;

/// <summary>
/// How much of a PDF govlint reads before refusing it, counted as work done (never as time taken): bytes of
/// the file, pages, and glyphs and drawn lines taken from the pages. An annual report has 4–10 pages and a few
/// thousand glyphs.
/// </summary>
public sealed record PdfLimits(long MaxBytes = 50L * 1024 * 1024, int MaxPages = 200, int MaxGlyphs = 500_000, int MaxRules = 100_000)
{
    public static readonly PdfLimits Default = new();
}
