using System.Text;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GovInfo.Report.Formats.Docx;

/// <summary>The text Word shows before a list paragraph, and whether it is a bullet.</summary>
internal sealed record ListMarker(string Text, bool Bullet);

/// <summary>
/// List numbering as Word displays it: counters per list (<c>w:numId</c>) and level, advanced paragraph
/// by paragraph in document order, a level restarting when a higher level advances, written with the
/// level's <c>w:lvlText</c> (<c>%1、</c>, <c>（%1）</c>) and <c>w:numFmt</c>.
/// </summary>
internal sealed class DocxNumbering
{
    private const int Levels = 9;

    /// <summary>One list level's definition.</summary>
    private sealed record LevelDefinition(int Start, string Format, string Text, string Suffix, bool Legal);

    private readonly W.Numbering? _numbering;
    private readonly DocxStyles _styles;
    private readonly Dictionary<int, LevelDefinition?[]?> _definitions = [];
    private readonly Dictionary<int, int?[]> _counters = [];

    public DocxNumbering(W.Numbering? numbering, DocxStyles styles)
    {
        _numbering = numbering;
        _styles = styles;
    }

    /// <summary>The marker Word shows before a paragraph, advancing its list; null when the paragraph is not numbered.</summary>
    /// <remarks>A bullet is "- " indented two spaces per level, so that it reads as a list item; "" when the level shows nothing.</remarks>
    public ListMarker? Advance(W.Paragraph paragraph)
    {
        if (_styles.Numbering(paragraph) is not { } numbered) return null;
        var (numId, level) = numbered;
        if (level is < 0 or >= Levels) return null;
        if (Definitions(numId) is not { } definitions || definitions[level] is not { } definition) return null;

        if (!_counters.TryGetValue(numId, out var counters)) _counters[numId] = counters = new int?[Levels];
        counters[level] = counters[level] is { } current ? current + 1 : definition.Start;
        for (int deeper = level + 1; deeper < Levels; deeper++) counters[deeper] = null;

        if (definition.Format == "bullet") return new ListMarker(new string(' ', 2 * level) + "- ", Bullet: true);
        if (definition.Format == "none") return new ListMarker("", Bullet: false);
        var marker = new StringBuilder();
        string text = definition.Text;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                int referenced = text[++i] - '1';
                var shown = definitions[referenced];
                int value = counters[referenced] ?? shown?.Start ?? 1;
                // A legal-style level shows every level's number in decimal (1.1.1).
                marker.Append(ListNumberFormat.Format(value, definition.Legal ? "decimal" : shown?.Format));
            }
            else marker.Append(text[i]);
        }
        // The tab after a number is layout, not text (and would read as a table cell).
        if (definition.Suffix == "space") marker.Append(' ');
        return new ListMarker(marker.ToString(), Bullet: false);
    }

    private LevelDefinition?[]? Definitions(int numId)
    {
        if (_definitions.TryGetValue(numId, out var cached)) return cached;
        var definitions = Read(numId, linkDepth: 0);
        _definitions[numId] = definitions;
        return definitions;
    }

    private LevelDefinition?[]? Read(int numId, int linkDepth)
    {
        var instance = _numbering?.Elements<W.NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
        if (instance?.AbstractNumId?.Val?.Value is not { } abstractId) return null;
        var abstractNum = _numbering!.Elements<W.AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
        if (abstractNum is null) return null;

        // A list style's numbering lives with the style it links to.
        if (abstractNum.NumberingStyleLink?.Val?.Value is { } link && linkDepth < 4
            && _styles.NumberingOfStyle(link) is { } linked && linked != numId)
            return Read(linked, linkDepth + 1);

        var definitions = new LevelDefinition?[Levels];
        foreach (var level in abstractNum.Elements<W.Level>())
            if (level.LevelIndex?.Value is int i and >= 0 and < Levels) definitions[i] = Define(level);
        foreach (var levelOverride in instance.Elements<W.LevelOverride>())
        {
            if (levelOverride.LevelIndex?.Value is not (int i and >= 0 and < Levels)) continue;
            if (levelOverride.Level is { } replacement) definitions[i] = Define(replacement);
            if (levelOverride.StartOverrideNumberingValue?.Val?.Value is int start && definitions[i] is { } defined)
                definitions[i] = defined with { Start = start };
        }
        return definitions;
    }

    private static LevelDefinition Define(W.Level level) => new(
        level.StartNumberingValue?.Val?.Value ?? 0,
        level.NumberingFormat?.Val?.InnerText ?? "decimal",
        level.LevelText?.Val?.Value ?? "",
        level.LevelSuffix?.Val?.InnerText ?? "tab",
        level.IsLegalNumberingStyle is { } legal && (legal.Val?.Value ?? true));
}
