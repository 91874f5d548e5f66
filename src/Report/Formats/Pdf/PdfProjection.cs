using System.Text;
using GovInfo.Report.Documents;
using GovInfo.Report.Reading;
using GovInfo.Report.Text;

namespace GovInfo.Report.Formats.Pdf;

/// <summary>
/// Reads the pages of a PDF into a <see cref="Document"/>. The original text positions refer to is every
/// page's lines, top to bottom, pages in order. The text written out from it holds, in reading order, each
/// line outside a table as running text: a line that fills the measure to the right margin goes on into the
/// next (joined as rendered text), a blank line stands before an indented line after one at the margin (a
/// paragraph's first line), and page numbers are left out, so that a sentence goes on across a page break and each ruled table
/// (<see cref="PdfGrid"/>) or table of aligned columns (<see cref="PdfColumns"/>) as rows of tab-separated
/// cells, a merged cell in its top-left slot; a table that goes on at the top of the next page is joined to
/// the one before, its repeated header row dropped.
/// </summary>
internal sealed class PdfProjection
{
    // A line whose left edge is this many ems in from the page's text starts a paragraph.
    private const double Indent = 1.5;
    private const double SameEdge = 2.0;
    // The widest word a line break moves whole to the next line, in ems of the line's last glyph.
    private const double WordWrapEms = 6.0;

    private readonly ProjectionBuilder _out;
    private readonly DocumentBuilder _document;
    private PdfTable? _open;
    private PdfTable? _pendingHead;
    private string? _openHeader;
    private bool _previousAtMargin;
    private bool _wrapped;
    private bool _wordWrapped;
    private int _wrapAnchor;

    private readonly PdfOutline _outline;

    private PdfProjection(ProjectionBuilder builder, HeadingVocabulary? headings, PdfOutline outline)
    {
        _out = builder;
        _outline = outline;
        _document = new DocumentBuilder(PdfFormat.Name, headings);
    }

    public static Document Read(IReadOnlyList<PdfPageContent> pages, string path, HeadingVocabulary? headings = null, PdfOutline? outline = null)
    {
        var laid = pages.Select(PdfPageLayout.Of).ToList();
        var original = new StringBuilder();
        var pageStarts = new int[laid.Count];
        int line = 1;
        for (int p = 0; p < laid.Count; p++)
        {
            pageStarts[p] = line;
            foreach (var text in laid[p].Lines)
            {
                if (line > 1) original.Append('\n');
                text.Start = original.Length;
                original.Append(text.Line.Text);
                line++;
            }
        }
        var builder = new ProjectionBuilder(PdfFormat.Name, new SourceText(original.ToString(), path), PositionScheme.Pages, pageStarts, PdfFormat.NoFixes);
        var projection = new PdfProjection(builder, headings, outline ?? PdfOutline.Empty);
        foreach (var page in laid) projection.Page(page);
        projection.FlushHead();
        projection.EndWrap();
        projection.CloseTable();
        return projection._document.Build(builder.ToSourceText(path), runningText: true);
    }

    private void Page(PdfPageLayout page)
    {
        for (int e = 0; e < page.Elements.Count; e++)
        {
            var element = page.Elements[e];
            if (element is PdfTable table)
            {
                if (IsHeadAtFoot(page, e, table))
                {
                    FlushHead();
                    _pendingHead = table;
                }
                else Table(table);
            }
            else Line(page, (PdfLaidLine)element);
        }
    }

    /// <summary>
    /// Whether a table is only header rows with nothing but page chrome after it on its page: the head of a table the
    /// page break cut, which the word processor may have ruled on other column edges than its body on the next page.
    /// </summary>
    private static bool IsHeadAtFoot(PdfPageLayout page, int at, PdfTable table)
    {
        for (int e = at + 1; e < page.Elements.Count; e++)
            if (page.Elements[e] is not PdfLaidLine line || !IsPageFooter(line)) return false;
        return table.Rows.All(row => row.All(cell => cell is null || CellValue.Parse(Text(cell)).Kind != CellValueKind.Number));
    }

    private static bool IsPageFooter(PdfLaidLine line) => PageChrome.IsPageFooter(line.Line.Text, new TextSpan(0, line.Line.Text.Length));

    private static string Text(PdfTableCell cell) => string.Concat(cell.Pieces.SelectMany(p => p.Glyphs.Select(i => p.Line.Line.Glyphs[i].Text)));

    /// <summary>Writes a held-back table head as a table of its own: what follows it did not continue it.</summary>
    private void FlushHead()
    {
        if (_pendingHead is not { } head) return;
        _pendingHead = null;
        Table(head);
    }

    /// <summary>
    /// The table head in the column slots of the table that goes on after the page break, when every column edge of the
    /// head is one of that table's (the body splits a column the head's cell spans); otherwise null.
    /// </summary>
    private static PdfTable? Regrid(PdfTable head, PdfTable table)
    {
        if (head.Syntax != table.Syntax || head.Page + 1 != table.Page) return null;
        var map = new int[head.Edges.Count];
        for (int i = 0; i < map.Length; i++)
        {
            map[i] = -1;
            for (int j = 0; j < table.Edges.Count; j++)
                if (Math.Abs(head.Edges[i] - table.Edges[j]) <= SameEdge) map[i] = j;
            if (map[i] < 0) return null;
        }
        if (map[0] != 0 || map[^1] != table.Edges.Count - 1) return null;
        var rows = new List<IReadOnlyList<PdfTableCell?>>(head.Rows.Count);
        foreach (var row in head.Rows)
        {
            var slots = new PdfTableCell?[table.Edges.Count - 1];
            for (int c = 0; c < row.Count; c++)
            {
                if (row[c] is not { } cell) continue;
                int from = map[c], to = map[Math.Min(c + cell.ColumnSpan, map.Length - 1)];
                var moved = new PdfTableCell(cell.RowSpan, Math.Max(1, to - from));
                moved.Pieces.AddRange(cell.Pieces);
                slots[from] = moved;
            }
            rows.Add(slots);
        }
        return new PdfTable(head.Page, table.Syntax, table.Edges, head.Top, rows);
    }

    private void Line(PdfPageLayout page, PdfLaidLine line)
    {
        var glyphs = line.Outside;
        if (glyphs.Count == 0) return;
        string text = string.Concat(glyphs.Select(i => line.Line.Glyphs[i].Text));
        // A page number is chrome, and where it stands it would end the paragraph a page break splits.
        if (IsPageFooter(line)) return;
        FlushHead();
        CloseTable();
        if (_outline.LevelOf(text) is { } level)
        {
            Heading(line, glyphs, level);
            return;
        }
        // A first-line indent after a line at the margin starts a paragraph (centred lines are no paragraph's start).
        bool indented = IsIndented(page, line);
        // A line that stopped short of the margin goes on only into a word that would not have fitted there.
        bool goesOn = _wrapped && !indented && (!_wordWrapped || char.IsAsciiLetterOrDigit(text[0]));
        if (goesOn) _out.Separate(line.Start + line.Line.Columns[glyphs[0]]);
        else
        {
            if (_wrapped) _out.AppendSynthetic("\n", _wrapAnchor);
            if (indented && _previousAtMargin && !_out.AtBlankLine && _out.Last == '\n') _out.AppendSynthetic("\n", line.Start);
        }
        _previousAtMargin = !indented;
        Glyphs(line, glyphs);
        var last = line.Line.Glyphs[glyphs[^1]];
        _wrapAnchor = line.Start + line.Line.Text.Length;
        _wrapped = last.Right >= page.TextRight - last.Size;
        // A Latin word or a number that did not fit moves whole to the next line, leaving a wider gap at the margin.
        _wordWrapped = !_wrapped && last.Right >= page.TextRight - WordWrapEms * last.Size && !Sentences.IsEnd(last.Text[^1]) && last.Text[^1] is not ('：' or ':');
        _wrapped |= _wordWrapped;
        if (!_wrapped) _out.AppendSynthetic("\n", _wrapAnchor);
    }

    /// <summary>A line the outline names: a heading of its own at the outline's level, written as the .docx reader writes one (<c>## 一、…</c>).</summary>
    private void Heading(PdfLaidLine line, IReadOnlyList<int> glyphs, int level)
    {
        EndWrap();
        if (!_out.AtBlankLine) _out.AppendSynthetic("\n", line.Start);
        int start = _out.Length;
        _out.AppendSynthetic(new string('#', level) + " ", line.Start);
        int content = _out.Length;
        Glyphs(line, glyphs);
        _document.Heading(TextSpan.FromBounds(start, _out.Length), level, HeadingSyntax.Markdown, TextSpan.FromBounds(content, _out.Length));
        _out.AppendSynthetic("\n\n", line.Start + line.Line.Text.Length);
        _previousAtMargin = false;
    }

    /// <summary>Ends a line left open because it filled the measure, before something other than running text.</summary>
    private void EndWrap()
    {
        if (!_wrapped) return;
        _wrapped = false;
        _out.Separate(-1);
        _out.AppendSynthetic("\n", _wrapAnchor);
    }

    private static bool IsIndented(PdfPageLayout page, PdfLaidLine line)
    {
        var first = line.Line.Glyphs[line.Outside[0]];
        return first.Left > page.TextLeft + Indent * first.Size;
    }

    /// <summary>Glyphs of one line, verbatim, with the space between two that the line parts.</summary>
    private void Glyphs(PdfLaidLine line, IReadOnlyList<int> glyphs)
    {
        for (int k = 0; k < glyphs.Count; k++)
        {
            int i = glyphs[k];
            if (k > 0 && glyphs[k - 1] == i - 1 && line.Line.SpaceBefore(i))
                _out.AppendVerbatim(" ", line.Start + line.Line.Columns[i] - 1);
            _out.AppendVerbatim(line.Line.Glyphs[i].Text, line.Start + line.Line.Columns[i]);
        }
    }

    private void Table(PdfTable table)
    {
        EndWrap();
        if (_pendingHead is { } head && Regrid(head, table) is { } regridded)
        {
            // The head held back at the foot of the last page opens this table, in this table's column slots, so the
            // table goes on from it as from any table cut by a page break.
            _pendingHead = null;
            Table(regridded);
        }
        FlushHead();
        bool continues = _open is { } open && open.Page + 1 == table.Page && open.Syntax == table.Syntax
            && open.Edges.Count == table.Edges.Count && open.Edges.Zip(table.Edges).All(e => Math.Abs(e.First - e.Second) <= SameEdge);
        if (!continues)
        {
            CloseTable();
            if (!_out.AtBlankLine) _out.AppendSynthetic("\n", table.Anchor);
            _document.BeginTable(table.Syntax);
            _openHeader = null;
        }
        for (int r = 0; r < table.Rows.Count; r++)
        {
            string key = RowKey(table.Rows[r]);
            // A header row printed again where the table goes on.
            if (continues && r == 0 && key.Length > 0 && key == _openHeader) continue;
            Row(table.Rows[r], table.Anchor);
            _openHeader ??= key;
        }
        _open = table;
        _previousAtMargin = false;
    }

    private static string RowKey(IReadOnlyList<PdfTableCell?> row)
        => string.Join("\t", row.Select(c => c is null ? "" : Text(c)));

    private void Row(IReadOnlyList<PdfTableCell?> row, int anchor)
    {
        int rowStart = _out.Length;
        _document.BeginRow(rowStart);
        for (int c = 0; c < row.Count; c++)
        {
            if (c > 0) _out.AppendSynthetic("\t", anchor);
            int start = _out.Length;
            if (row[c] is { } cell)
            {
                foreach (var piece in cell.Pieces)
                {
                    _out.Separate(piece.Line.Start + piece.Line.Line.Columns[piece.Glyphs[0]]);
                    Glyphs(piece.Line, piece.Glyphs);
                    anchor = piece.Line.Start + piece.Line.Line.Columns[piece.Glyphs[^1]];
                }
                _out.Separate(-1);
                _document.Cell(start, _out.Length, cell.RowSpan, cell.ColumnSpan);
            }
            else _document.Cell(start, start);
        }
        if (_out.DropBlankSince(rowStart))
        {
            _document.DiscardRow();
            return;
        }
        _document.EndRow(_out.Length);
        _out.AppendSynthetic("\n", anchor);
    }

    private void CloseTable()
    {
        if (_open is null) return;
        _document.EndTable();
        _out.AppendSynthetic("\n", _open.Anchor);
        _open = null;
        _openHeader = null;
    }
}
