using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using GovInfo.Report.Documents;
using GovInfo.Report.Text;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GovInfo.Report.Formats.Docx;

/// <summary>
/// A .docx written from a <see cref="Document"/> read from another format (text, Markdown, a web page, a PDF):
/// the title and headings in heading styles, paragraphs, list items and tables as Word tables, each block's
/// characters copied one for one (a line break inside a block as <c>w:br</c>, a tab as <c>w:tab</c>), so that
/// every offset of the document's text leads to a paragraph and column of the new body (<see cref="ToBody(int, bool)"/>).
/// </summary>
internal sealed class DocxRendition
{
    private const int MaxHeadingStyle = 6;

    // Where each written line of a block came from: its start in the document's text, its length, its start in the body's text.
    private readonly List<(int Source, int Length, int Body)> _segments = [];
    private readonly SourceText _source;
    private int _bodyLength;
    private bool _anyParagraph;

    private DocxRendition(SourceText source) => _source = source;

    public byte[] Bytes { get; private set; } = [];

    public static DocxRendition Build(Document document)
    {
        var rendition = new DocxRendition(document.Source);
        var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new W.Body();
            foreach (var block in document.Blocks) rendition.Block(body, block);
            if (!rendition._anyParagraph) body.Append(rendition.Paragraph([]));
            body.Append(new W.SectionProperties());
            main.Document = new W.Document(body);
        }
        rendition.Bytes = stream.ToArray();
        return rendition;
    }

    /// <summary>
    /// The body-text offset of a document-text offset; one between blocks (blank lines, Markdown markers, pipes) goes to the
    /// start of the next written text, or with <paramref name="end"/> to the end of the text before it.
    /// </summary>
    public int ToBody(int offset, bool end)
    {
        if (_segments.Count == 0) return 0;
        int i = _segments.FindLastIndex(s => s.Source <= offset);
        if (i < 0) return _segments[0].Body;
        var (source, length, body) = _segments[i];
        if (offset < source + length || (offset == source + length && end)) return body + (offset - source);
        if (end || i + 1 == _segments.Count) return body + length;
        return _segments[i + 1].Body;
    }

    /// <summary>The body-text span a document-text span copies, when it lies in one written line.</summary>
    public bool TryMapVerbatim(TextSpan span, out TextSpan body)
    {
        body = default;
        int i = _segments.FindLastIndex(s => s.Source <= span.Start);
        if (i < 0 || span.End > _segments[i].Source + _segments[i].Length) return false;
        body = new TextSpan(_segments[i].Body + (span.Start - _segments[i].Source), span.Length);
        return true;
    }

    private void Block(W.Body body, Block block)
    {
        switch (block)
        {
            case TitleBlock title:
                body.Append(Paragraph([TextSpan.FromBounds(title.Pieces[0].Start, title.Pieces[^1].End)], "Title"));
                break;
            case Heading heading:
                body.Append(Paragraph([heading.TextSpan], $"Heading{Math.Clamp(heading.Level, 1, MaxHeadingStyle)}"));
                break;
            case ListItem item:
                body.Append(Paragraph([item.TextSpan], indent: item.Depth));
                break;
            case Table table:
                body.Append(Table(table));
                // Two tables in a row would be one table in Word.
                body.Append(Paragraph([]));
                break;
            default:
                body.Append(Paragraph([block.Span]));
                break;
        }
    }

    private W.Table Table(Table table)
    {
        int width = Math.Max(1, table.Rows.Count == 0 ? 1 : table.Rows.Max(r => r.Cells.Count));
        var result = new W.Table(
            new W.TableProperties(
                new W.TableWidth { Type = W.TableWidthUnitValues.Pct, Width = "5000" },
                new W.TableBorders(
                    new W.TopBorder { Val = W.BorderValues.Single }, new W.LeftBorder { Val = W.BorderValues.Single },
                    new W.BottomBorder { Val = W.BorderValues.Single }, new W.RightBorder { Val = W.BorderValues.Single },
                    new W.InsideHorizontalBorder { Val = W.BorderValues.Single }, new W.InsideVerticalBorder { Val = W.BorderValues.Single })),
            new W.TableGrid(Enumerable.Range(0, width).Select(_ => new W.GridColumn { Width = (9000 / width).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        foreach (var row in table.Rows)
        {
            var tr = new W.TableRow();
            foreach (var cell in row.Cells) tr.Append(new W.TableCell(Paragraph([cell.Span])));
            for (int i = row.Cells.Count; i < width; i++) tr.Append(new W.TableCell(Paragraph([])));
            result.Append(tr);
        }
        if (table.Rows.Count == 0) result.Append(new W.TableRow(new W.TableCell(Paragraph([]))));
        return result;
    }

    /// <summary>One paragraph holding the characters of the spans, line by line; every paragraph is a line of the body's text.</summary>
    private W.Paragraph Paragraph(IReadOnlyList<TextSpan> spans, string? style = null, int indent = 0)
    {
        var paragraph = new W.Paragraph();
        if (style is not null || indent > 0)
        {
            var properties = new W.ParagraphProperties();
            if (style is not null) properties.Append(new W.ParagraphStyleId { Val = style });
            if (indent > 0) properties.Append(new W.Indentation { Left = (420 * indent).ToString(System.Globalization.CultureInfo.InvariantCulture) });
            paragraph.Append(properties);
        }
        if (_anyParagraph) _bodyLength++; // the line break between two paragraphs of the body's text
        _anyParagraph = true;
        bool first = true;
        foreach (var span in spans)
        {
            string text = _source.Text.Substring(span.Start, span.Length);
            int line = 0;
            while (line <= text.Length)
            {
                int next = text.IndexOfAny(['\r', '\n'], line);
                int stop = next < 0 ? text.Length : next;
                if (!first) Break(paragraph);
                first = false;
                Line(paragraph, span.Start + line, text[line..stop]);
                if (next < 0) break;
                line = next + (text[next] == '\r' && next + 1 < text.Length && text[next + 1] == '\n' ? 2 : 1);
            }
        }
        return paragraph;
    }

    private void Break(W.Paragraph paragraph)
    {
        paragraph.Append(new W.Run(new W.Break()));
        _bodyLength++;
    }

    /// <summary>A line of a block: runs of text with tabs between them; its characters are recorded as one segment.</summary>
    private void Line(W.Paragraph paragraph, int sourceStart, string line)
    {
        if (line.Length == 0) return;
        _segments.Add((sourceStart, line.Length, _bodyLength));
        _bodyLength += line.Length;
        var run = new W.Run();
        int start = 0;
        for (int i = 0; i <= line.Length; i++)
        {
            if (i < line.Length && line[i] != '\t') continue;
            if (i > start) run.Append(new W.Text(DocxText.XmlSafe(line[start..i])) { Space = SpaceProcessingModeValues.Preserve });
            if (i < line.Length) run.Append(new W.TabChar());
            start = i + 1;
        }
        paragraph.Append(run);
    }

    private static W.Styles Styles()
    {
        var styles = new W.Styles(
            new W.DocDefaults(new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
                new W.RunFonts { EastAsia = "SimSun" }, new W.FontSize { Val = "24" }))),
            new W.Style(new W.StyleName { Val = "Normal" }) { Type = W.StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new W.Style(new W.StyleName { Val = "Title" }, new W.BasedOn { Val = "Normal" },
                new W.StyleParagraphProperties(new W.Justification { Val = W.JustificationValues.Center }),
                new W.StyleRunProperties(new W.Bold(), new W.FontSize { Val = "36" }))
            { Type = W.StyleValues.Paragraph, StyleId = "Title" });
        for (int level = 1; level <= MaxHeadingStyle; level++)
            styles.Append(new W.Style(
                new W.StyleName { Val = $"heading {level}" },
                new W.BasedOn { Val = "Normal" },
                new W.StyleParagraphProperties(new W.OutlineLevel { Val = level - 1 }),
                new W.StyleRunProperties(new W.Bold()))
            { Type = W.StyleValues.Paragraph, StyleId = $"Heading{level}" });
        return styles;
    }
}
