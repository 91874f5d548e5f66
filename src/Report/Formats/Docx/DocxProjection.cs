using GovInfo.Report.Documents;
using GovInfo.Report.Reading;
using GovInfo.Report.Text;

namespace GovInfo.Report.Formats.Docx;

/// <summary>
/// Reads a walked .docx body into a <see cref="Document"/>: headings by outline level or heading style,
/// tables by their rows and cells (merged cells expanded into empty ones), the other paragraphs as running
/// text. The text it writes out as it goes shows each paragraph followed by a blank line, headings after
/// <c>#</c> markers of their level, list numbers as displayed and each table row as one line of
/// tab-separated cells; run text is copied verbatim, so fixes can be written back.
/// </summary>
internal sealed class DocxProjection
{
    private const int MaxAtxLevel = 6;

    private readonly DocxStyles _styles;
    private readonly DocxNumbering _numbering;
    private readonly ProjectionBuilder _builder;
    private readonly DocumentBuilder _document;
    private int _lastEnd;

    private DocxProjection(DocxStyles styles, DocxNumbering numbering, ProjectionBuilder builder, HeadingVocabulary? headings)
    {
        _document = new(DocxFormat.Name, headings);
        _styles = styles;
        _numbering = numbering;
        _builder = builder;
    }

    public static Document Read(DocxBody body, DocxStyles styles, DocxNumbering numbering, SourceText original, string path, HeadingVocabulary? headings = null)
    {
        var builder = new ProjectionBuilder(DocxFormat.Name, original, PositionScheme.Paragraphs);
        var projection = new DocxProjection(styles, numbering, builder, headings);
        for (int i = 0; i < body.Blocks.Count; i++)
        {
            if (body.Blocks[i] is DocxParagraph paragraph)
                projection.Paragraph(paragraph, joinsNext: i + 1 < body.Blocks.Count && body.Blocks[i + 1] is DocxParagraph next && projection.JoinsNext(paragraph, next));
            else projection.Table((DocxTable)body.Blocks[i]);
        }
        return projection._document.Build(builder.ToSourceText(path), runningText: true);
    }

    /// <summary>
    /// Whether a paragraph's mark is deleted under track changes (<c>w:pPr/w:rPr/w:del</c>): accepted, it runs on into
    /// the next paragraph. Read so only between two paragraphs of running text, as a heading would take the next one's style.
    /// </summary>
    private bool JoinsNext(DocxParagraph paragraph, DocxParagraph next)
        => paragraph.Element.ParagraphProperties?.ParagraphMarkRunProperties?.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.Deleted>() is not null
            && _styles.OutlineLevel(paragraph.Element) is null && _styles.OutlineLevel(next.Element) is null
            && _styles.Numbering(paragraph.Element) is null && _styles.Numbering(next.Element) is null;

    private void Paragraph(DocxParagraph paragraph, bool joinsNext)
    {
        var marker = _numbering.Advance(paragraph.Element);
        if (paragraph.HasText)
        {
            int? level = _styles.OutlineLevel(paragraph.Element);
            int start = _builder.Length;
            int headingLevel = level is null ? 0 : Math.Min(level.Value + 1, MaxAtxLevel);
            if (level is not null) _builder.AppendSynthetic(new string('#', headingLevel) + " ", paragraph.Start);
            int content = _builder.Length;
            if (marker is { Text.Length: > 0 }) _builder.AppendSynthetic(marker.Text, paragraph.Start);
            // A heading is one line: a break inside it is a space.
            Pieces(paragraph, breakAs: level is not null ? " " : "\n");
            if (level is not null) _document.Heading(TextSpan.FromBounds(start, _builder.Length), headingLevel, HeadingSyntax.Markdown, TextSpan.FromBounds(content, _builder.Length));
        }
        if (!joinsNext) _builder.AppendSynthetic("\n\n", paragraph.End);
    }

    private void Table(DocxTable table)
    {
        _document.BeginTable();
        foreach (var row in table.Rows) Row(row);
        _document.EndTable();
        if (table.Rows.Count > 0) _builder.AppendSynthetic("\n", _lastEnd);
    }

    private void Row(DocxRow row)
    {
        if (row.Cells.Count == 0) return;
        int rowStart = _builder.Length;
        _document.BeginRow(rowStart);
        // Separators are anchored at the end of the cell before them, so that an empty cell is located in its own paragraph.
        int anchor = FirstStart(row.Cells[0].Content) ?? _lastEnd;
        int written = 0;
        void EmptyCell()
        {
            if (written++ > 0) _builder.AppendSynthetic("\t", anchor);
            _document.Cell(_builder.Length, _builder.Length);
        }
        for (int i = 0; i < row.GridBefore; i++) EmptyCell();
        foreach (var cell in row.Cells)
        {
            if (written++ > 0) _builder.AppendSynthetic("\t", anchor);
            int cellStart = _builder.Length;
            if (!cell.ContinuesMerge) Content(cell.Content);
            _document.Cell(cellStart, _builder.Length, columnSpan: cell.ContinuesMerge ? 1 : cell.GridSpan);
            anchor = LastEnd(cell.Content) ?? anchor;
            for (int i = 1; i < cell.GridSpan; i++) EmptyCell();
        }
        // A row with nothing in it (a spacer) is left out.
        if (_builder.DropBlankSince(rowStart))
        {
            _document.DiscardRow();
            return;
        }
        _document.EndRow(_builder.Length);
        // The text shows a row of one cell as a table row too.
        if (written == 1) _builder.AppendSynthetic("\t", anchor);
        _builder.AppendSynthetic("\n", anchor);
        _lastEnd = anchor;
    }

    /// <summary>A cell's paragraphs (and those of tables inside it) joined on one line as rendered text.</summary>
    private void Content(IReadOnlyList<DocxBlock> blocks)
    {
        foreach (var block in blocks)
        {
            if (block is DocxTable nested)
            {
                foreach (var cell in nested.Rows.SelectMany(r => r.Cells)) Content(cell.Content);
                continue;
            }
            var paragraph = (DocxParagraph)block;
            _builder.Separate(paragraph.Start);
            var marker = _numbering.Advance(paragraph.Element);
            if (!paragraph.HasText) continue;
            // A bullet means nothing inside a cell.
            if (marker is { Bullet: false, Text.Length: > 0 }) _builder.AppendSynthetic(marker.Text, paragraph.Start);
            Pieces(paragraph, breakAs: " ");
        }
    }

    private void Pieces(DocxParagraph paragraph, string breakAs)
    {
        foreach (var piece in paragraph.Pieces)
        {
            int at = paragraph.Start + piece.Column;
            switch (piece.Kind)
            {
                // A tab would split the line into table cells.
                case DocxPieceKind.Tab: _builder.AppendStandIn(" ", at, 1); break;
                case DocxPieceKind.Break: _builder.AppendStandIn(breakAs, at, 1); break;
                default: Text(piece.Text, at); break;
            }
        }
        _lastEnd = paragraph.End;
    }

    /// <summary>Run text, verbatim except a tab typed into the text itself, which stands in as a space.</summary>
    private void Text(string text, int at)
    {
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\t') continue;
            _builder.AppendVerbatim(text.AsSpan(start, i - start), at + start);
            if (i < text.Length) _builder.AppendStandIn(" ", at + i, 1);
            start = i + 1;
        }
    }

    private static int? FirstStart(IReadOnlyList<DocxBlock> blocks) => blocks.Count == 0 ? null : blocks[0] switch
    {
        DocxParagraph p => p.Start,
        DocxTable t => t.Rows.SelectMany(r => r.Cells).Select(c => FirstStart(c.Content)).FirstOrDefault(s => s is not null),
        _ => null,
    };

    private static int? LastEnd(IReadOnlyList<DocxBlock> blocks) => blocks.Count == 0 ? null : blocks[^1] switch
    {
        DocxParagraph p => p.End,
        DocxTable t => t.Rows.SelectMany(r => r.Cells).Select(c => LastEnd(c.Content)).LastOrDefault(s => s is not null),
        _ => null,
    };
}
