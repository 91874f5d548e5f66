using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GovInfo.Report.Formats.Docx;

/// <summary>
/// What a paragraph inherits from its style chain (<c>w:basedOn</c>): the outline level that makes it a
/// heading, and list numbering.
/// </summary>
internal sealed class DocxStyles
{
    // basedOn chains are short; the bound guards against a cycle in a broken file.
    private const int MaxChain = 32;

    private readonly Dictionary<string, W.Style> _byId = new(StringComparer.Ordinal);
    private readonly string? _defaultParagraphStyle;

    public DocxStyles(W.Styles? styles)
    {
        foreach (var style in styles?.Elements<W.Style>() ?? [])
        {
            if (style.StyleId?.Value is not { } id) continue;
            _byId.TryAdd(id, style);
            if (style.Default?.Value == true && style.Type?.InnerText == "paragraph") _defaultParagraphStyle ??= id;
        }
    }

    /// <summary>
    /// The 0-based outline level of a heading paragraph: its own <c>w:outlineLvl</c>, else its style's
    /// (following <c>basedOn</c>), else 0–8 for the built-in styles heading 1–9 and 0 for Title; null for body text.
    /// </summary>
    public int? OutlineLevel(W.Paragraph paragraph)
    {
        if (paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value is { } own) return Heading(own);
        foreach (var style in Chain(paragraph))
        {
            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } level) return Heading(level);
            string name = style.StyleName?.Val?.Value ?? "";
            if (name.Equals("Title", StringComparison.OrdinalIgnoreCase)) return 0;
            if (name.StartsWith("heading ", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(name.AsSpan(8), out int n) && n is >= 1 and <= 9) return n - 1;
        }
        return null;
    }

    /// <summary>The list numbering (numId, level) of a paragraph: its own <c>w:numPr</c>, else its style's; null when not numbered.</summary>
    public (int NumId, int Level)? Numbering(W.Paragraph paragraph)
    {
        var own = paragraph.ParagraphProperties?.NumberingProperties;
        if (own?.NumberingId?.Val?.Value is { } ownId) return ownId == 0 ? null : (ownId, own.NumberingLevelReference?.Val?.Value ?? 0);
        foreach (var style in Chain(paragraph))
        {
            if (style.StyleParagraphProperties?.NumberingProperties is not { } numPr) continue;
            if (numPr.NumberingId?.Val?.Value is not { } id) continue;
            int level = own?.NumberingLevelReference?.Val?.Value ?? numPr.NumberingLevelReference?.Val?.Value ?? 0;
            return id == 0 ? null : (id, level);
        }
        return null;
    }

    /// <summary>The numbering a style links a list to (<c>w:numStyleLink</c>): the style's own <c>w:numId</c>.</summary>
    public int? NumberingOfStyle(string styleId)
        => _byId.TryGetValue(styleId, out var style) ? style.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value : null;

    private IEnumerable<W.Style> Chain(W.Paragraph paragraph)
    {
        string? id = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyle;
        for (int i = 0; i < MaxChain && id is not null && _byId.TryGetValue(id, out var style); i++)
        {
            yield return style;
            id = style.BasedOn?.Val?.Value;
        }
    }

    // Outline level 9 is "body text".
    private static int? Heading(int level) => level is >= 0 and <= 8 ? level : null;
}
