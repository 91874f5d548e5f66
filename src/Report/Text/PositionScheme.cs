namespace GovInfo.Report.Text;

/// <summary>How the positions of a file are shown: as lines of its source, as paragraphs of a Word document, or as lines of PDF pages.</summary>
public enum PositionScheme { Lines, Paragraphs, Pages }

/// <summary>The words every output uses for a <see cref="PositionScheme"/>.</summary>
public static class PositionSchemes
{
    /// <summary>The name machine-readable output (SARIF, JSON) gives positions that count .docx paragraphs.</summary>
    public const string DocxParagraphs = "docx-paragraphs";

    /// <summary>The name machine-readable output (SARIF, JSON) gives positions that count lines within PDF pages.</summary>
    public const string PdfPageLines = "pdf-page-lines";

    /// <summary>What a position's line counts: 行, or 段 for .docx paragraphs.</summary>
    public static string LineUnit(this PositionScheme scheme) => scheme == PositionScheme.Paragraphs ? "段" : "行";

    /// <summary>The name machine-readable output gives the scheme, or null for plain source lines.</summary>
    public static string? MachineName(this PositionScheme scheme) => scheme switch
    {
        PositionScheme.Paragraphs => DocxParagraphs,
        PositionScheme.Pages => PdfPageLines,
        _ => null,
    };
}
