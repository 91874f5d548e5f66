using System.Text;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GovInfo.Report.Formats.Docx;

/// <summary>What a piece of a paragraph's line comes from: the text of a <c>w:t</c>, a <c>w:tab</c>, or a <c>w:br</c>/<c>w:cr</c>.</summary>
internal enum DocxPieceKind { Text, Tab, Break }

/// <summary>One piece of a paragraph's line: its element, the 0-based column it starts at, and its characters in the line.</summary>
internal readonly record struct DocxPiece(OpenXmlElement Element, DocxPieceKind Kind, int Column, string Text)
{
    public int End => Column + Text.Length;
}

/// <summary>A block of a .docx body: a paragraph or a table.</summary>
internal abstract record DocxBlock;

/// <summary>A <c>w:p</c>: its 1-based number in document order, where its line starts in the original text, and its pieces.</summary>
internal sealed record DocxParagraph(W.Paragraph Element, int Number, int Start, IReadOnlyList<DocxPiece> Pieces) : DocxBlock
{
    public int Length => Pieces.Count == 0 ? 0 : Pieces[^1].End;

    public int End => Start + Length;

    public bool HasText => Pieces.Any(p => p.Kind == DocxPieceKind.Text && !string.IsNullOrWhiteSpace(p.Text));
}

/// <summary>A <c>w:tbl</c> as rows of cells.</summary>
internal sealed record DocxTable(IReadOnlyList<DocxRow> Rows) : DocxBlock;

/// <summary>A <c>w:tr</c>: the grid columns skipped before its first cell (<c>w:gridBefore</c>) and its cells.</summary>
internal sealed record DocxRow(int GridBefore, IReadOnlyList<DocxCell> Cells);

/// <summary>A <c>w:tc</c>: how many grid columns it spans, whether it continues a merge from above (or the left), and its blocks.</summary>
internal sealed record DocxCell(int GridSpan, bool ContinuesMerge, IReadOnlyList<DocxBlock> Content);

/// <summary>
/// Walks a .docx body once, in document order, into paragraphs and tables, and lays out the original
/// text positions refer to: every <c>w:p</c> one per line (table cells and empty paragraphs counted, text
/// boxes not). Reading and writing both walk with this class, so paragraph numbers always agree.
/// </summary>
internal sealed class DocxBody
{
    // Word tables have at most 63 columns; a larger span or skip in a broken file must not blow up a row.
    private const int MaxGridColumns = 64;

    private readonly List<DocxParagraph> _paragraphs = [];
    private readonly StringBuilder _text = new();

    private DocxBody(W.Body body) => Blocks = ReadBlocks(body);

    /// <summary>The body's blocks, tables holding their cells' blocks.</summary>
    public IReadOnlyList<DocxBlock> Blocks { get; }

    /// <summary>Every paragraph in document order; paragraph N is <c>Paragraphs[N - 1]</c>.</summary>
    public IReadOnlyList<DocxParagraph> Paragraphs => _paragraphs;

    /// <summary>The paragraphs' text one per line, joined with '\n': the original text of the position scheme.</summary>
    public string Text => _text.ToString();

    public static DocxBody Read(W.Body body) => new(body);

    private List<DocxBlock> ReadBlocks(OpenXmlElement container)
    {
        var blocks = new List<DocxBlock>();
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case W.Paragraph p: blocks.Add(ReadParagraph(p)); break;
                case W.Table t: blocks.Add(ReadTable(t)); break;
                // Content controls and custom XML wrap block content.
                case W.SdtBlock or W.SdtContentBlock or W.CustomXmlBlock: blocks.AddRange(ReadBlocks(child)); break;
            }
        }
        return blocks;
    }

    private DocxTable ReadTable(W.Table table)
    {
        var rows = new List<DocxRow>();
        foreach (var row in Wrapped<W.TableRow>(table, typeof(W.SdtRow), typeof(W.SdtContentRow), typeof(W.CustomXmlRow)))
        {
            int gridBefore = row.TableRowProperties?.GetFirstChild<W.GridBefore>()?.Val?.Value ?? 0;
            var cells = new List<DocxCell>();
            foreach (var cell in Wrapped<W.TableCell>(row, typeof(W.SdtCell), typeof(W.SdtContentCell), typeof(W.CustomXmlCell)))
            {
                var properties = cell.TableCellProperties;
                int span = Math.Clamp(properties?.GridSpan?.Val?.Value ?? 1, 1, MaxGridColumns);
                bool continues = IsContinuation(properties?.VerticalMerge?.Val, properties?.VerticalMerge is not null)
                    || IsContinuation(properties?.HorizontalMerge?.Val, properties?.HorizontalMerge is not null);
                cells.Add(new DocxCell(span, continues, ReadBlocks(cell)));
            }
            rows.Add(new DocxRow(Math.Clamp(gridBefore, 0, MaxGridColumns), cells));
        }
        return new DocxTable(rows);
    }

    // <w:vMerge/> without a value continues the merge; only "restart" starts one.
    private static bool IsContinuation(EnumValue<W.MergedCellValues>? value, bool present)
        => present && value?.InnerText != "restart";

    /// <summary>The children of type <typeparamref name="T"/>, looking through the given wrappers (content controls, custom XML).</summary>
    private static IEnumerable<T> Wrapped<T>(OpenXmlElement parent, params Type[] wrappers) where T : OpenXmlElement
    {
        foreach (var child in parent.ChildElements)
        {
            if (child is T match) yield return match;
            else if (Array.IndexOf(wrappers, child.GetType()) >= 0)
                foreach (var inner in Wrapped<T>(child, wrappers)) yield return inner;
        }
    }

    private DocxParagraph ReadParagraph(W.Paragraph element)
    {
        if (_paragraphs.Count > 0) _text.Append('\n');
        int start = _text.Length;
        var pieces = new List<DocxPiece>();
        ReadInline(element, pieces);
        foreach (var piece in pieces) _text.Append(piece.Text);
        var paragraph = new DocxParagraph(element, _paragraphs.Count + 1, start, pieces);
        _paragraphs.Add(paragraph);
        return paragraph;
    }

    /// <summary>The pieces of one paragraph as they stand now (after its runs were split), columns from 0.</summary>
    public static IReadOnlyList<DocxPiece> PiecesOf(W.Paragraph paragraph)
    {
        var pieces = new List<DocxPiece>();
        ReadInline(paragraph, pieces);
        return pieces;
    }

    private static void ReadInline(OpenXmlElement parent, List<DocxPiece> pieces)
    {
        foreach (var child in parent.ChildElements)
        {
            int column = pieces.Count == 0 ? 0 : pieces[^1].End;
            switch (child)
            {
                case W.Text t when t.Text.Length > 0:
                    // A line holds no line break: one in the XML text counts as a space.
                    pieces.Add(new DocxPiece(t, DocxPieceKind.Text, column, t.Text.Replace('\r', ' ').Replace('\n', ' ')));
                    break;
                case W.TabChar:
                    pieces.Add(new DocxPiece(child, DocxPieceKind.Tab, column, "\t"));
                    break;
                case W.Break or W.CarriageReturn:
                    pieces.Add(new DocxPiece(child, DocxPieceKind.Break, column, " "));
                    break;
                case W.ParagraphProperties or W.RunProperties or W.DeletedRun or W.MoveFromRun or AlternateContentFallback:
                    break;
                // Text boxes float beside the text: their paragraphs are not part of this one.
                case { LocalName: "txbxContent" }:
                    break;
                default:
                    if (child.HasChildren) ReadInline(child, pieces);
                    break;
            }
        }
    }
}
