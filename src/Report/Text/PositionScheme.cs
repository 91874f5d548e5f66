namespace GovInfo.Report.Text;

/// <summary>How the positions of a file are shown: as lines of its source, or as paragraphs of a Word document.</summary>
public enum PositionScheme { Lines, Paragraphs }

/// <summary>The words every output uses for a <see cref="PositionScheme"/>.</summary>
public static class PositionSchemes
{
    /// <summary>The name machine-readable output (SARIF, JSON) gives positions that count .docx paragraphs.</summary>
    public const string DocxParagraphs = "docx-paragraphs";

    /// <summary>What a position's line counts: 行, or 段 for .docx paragraphs.</summary>
    public static string LineUnit(this PositionScheme scheme) => scheme == PositionScheme.Paragraphs ? "段" : "行";
}
