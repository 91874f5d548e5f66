using UglyToad.PdfPig;

namespace GovInfo.Report.Formats.Pdf;

/// <summary>
/// The outline (bookmarks) a word processor writes into a PDF for the headings it exports: a line whose text is an
/// entry's title is that heading, at the entry's depth — the level the editor gave it, which the printed page does
/// not show when headings look like body text.
/// </summary>
internal sealed class PdfOutline
{
    // An annual report's outline has a few dozen entries; a hostile file gets no more than this read.
    private const int MaxEntries = 2_000;
    private const int MaxLevel = 6;

    public static readonly PdfOutline Empty = new([]);

    private readonly Dictionary<string, int> _levels;

    private PdfOutline(Dictionary<string, int> levels) => _levels = levels;

    public static PdfOutline Of(PdfDocument pdf)
    {
        if (!pdf.TryGetBookmarks(out var bookmarks)) return Empty;
        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in bookmarks.GetNodes().Take(MaxEntries))
            if (Key(node.Title) is { Length: > 0 } key) levels.TryAdd(key, Math.Min(node.Level + 1, MaxLevel));
        return new PdfOutline(levels);
    }

    /// <summary>The heading level (1 for the outline's roots) of a line that is an outline entry's title, or null.</summary>
    public int? LevelOf(string line) => _levels.Count > 0 && _levels.TryGetValue(Key(line), out int level) ? level : null;

    private static string Key(string? title) => title is null ? "" : string.Concat(title.Where(c => !char.IsWhiteSpace(c)));
}
