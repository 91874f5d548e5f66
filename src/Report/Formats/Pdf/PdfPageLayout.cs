using GovInfo.Report.Documents;

namespace GovInfo.Report.Formats.Pdf;

/// <summary>A line of a page as laid out: its text line, where it starts in the original text, and its glyphs outside any table.</summary>
internal sealed class PdfLaidLine(PdfTextLine line, int page)
{
    public PdfTextLine Line { get; } = line;

    public int Page { get; } = page;

    /// <summary>The offset of the line in the original text, set once every page is laid out.</summary>
    public int Start { get; set; }

    /// <summary>Indices of the glyphs that belong to no table, in order.</summary>
    public List<int> Outside { get; } = [];
}

/// <summary>The glyphs of one line that fall in one table cell.</summary>
internal sealed record PdfCellPiece(PdfLaidLine Line, List<int> Glyphs);

/// <summary>A cell of a table read from a page: its text as pieces of lines, top to bottom, and how far it reaches.</summary>
internal sealed class PdfTableCell(int rowSpan, int columnSpan)
{
    public int RowSpan { get; } = rowSpan;
    public int ColumnSpan { get; } = columnSpan;
    public List<PdfCellPiece> Pieces { get; } = [];
}

/// <summary>A table read from a page: how it was found, its column edges, and its rows of slots (null where a merged cell reaches).</summary>
internal sealed class PdfTable(int page, TableSyntax syntax, IReadOnlyList<double> edges, double top, IReadOnlyList<IReadOnlyList<PdfTableCell?>> rows)
{
    public int Page { get; } = page;
    public TableSyntax Syntax { get; } = syntax;
    public IReadOnlyList<double> Edges { get; } = edges;
    public double Top { get; } = top;
    public IReadOnlyList<IReadOnlyList<PdfTableCell?>> Rows { get; } = rows;

    /// <summary>Where text the reader adds for the table (tabs, line breaks) points: its first character.</summary>
    public int Anchor => Rows.SelectMany(r => r).OfType<PdfTableCell>().SelectMany(c => c.Pieces)
        .Select(p => p.Line.Start + p.Line.Line.Columns[p.Glyphs[0]]).DefaultIfEmpty(0).Min();
}

/// <summary>
/// One page laid out for reading: its lines top to bottom (the lines positions count), the tables drawn on it
/// with the glyphs inside each cell, and the lines and tables in reading order.
/// </summary>
internal sealed class PdfPageLayout
{
    private PdfPageLayout(List<PdfLaidLine> lines, List<object> elements, double textLeft, double textRight)
    {
        TextRight = textRight;
        Lines = lines;
        Elements = elements;
        TextLeft = textLeft;
    }

    /// <summary>Every line of the page, top first.</summary>
    public IReadOnlyList<PdfLaidLine> Lines { get; }

    /// <summary>Lines (<see cref="PdfLaidLine"/>) outside tables and tables (<see cref="PdfTable"/>), top first.</summary>
    public IReadOnlyList<object> Elements { get; }

    /// <summary>The left edge of the page's text outside tables.</summary>
    public double TextLeft { get; }

    /// <summary>The right edge of the page's text outside tables: where a line that fills the measure ends.</summary>
    public double TextRight { get; }

    public static PdfPageLayout Of(PdfPageContent page)
    {
        var lines = PdfTextLine.Group(page.Glyphs).Select(l => new PdfLaidLine(l, page.Number)).ToList();
        var grids = PdfGrid.Find(page.Rules);
        var cells = grids.Select(g => g.Cells.Select(c => new PdfTableCell(c.RowSpan, c.ColumnSpan)).ToArray()).ToArray();
        foreach (var line in lines)
        {
            PdfTableCell? current = null;
            for (int i = 0; i < line.Line.Glyphs.Count; i++)
            {
                var glyph = line.Line.Glyphs[i];
                PdfTableCell? cell = null;
                for (int g = 0; g < grids.Count && cell is null; g++)
                    if (grids[g].CellAt(glyph.CenterX, glyph.CenterY) is var k and >= 0) cell = cells[g][k];
                if (cell is null)
                {
                    line.Outside.Add(i);
                    current = null;
                    continue;
                }
                if (cell != current || cell.Pieces.Count == 0 || cell.Pieces[^1].Line != line) cell.Pieces.Add(new PdfCellPiece(line, []));
                cell.Pieces[^1].Glyphs.Add(i);
                current = cell;
            }
        }

        var elements = new List<(double Top, object Element)>();
        for (int g = 0; g < grids.Count; g++)
        {
            var grid = grids[g];
            var rows = new List<IReadOnlyList<PdfTableCell?>>(grid.RowCount);
            for (int r = 0; r < grid.RowCount; r++)
            {
                var row = new PdfTableCell?[grid.ColumnCount];
                for (int c = 0; c < grid.ColumnCount; c++)
                {
                    int k = grid.CellAt(r, c);
                    if (grid.Cells[k].Row == r && grid.Cells[k].Column == c) row[c] = cells[g][k];
                }
                rows.Add(row);
            }
            elements.Add((grid.Top, new PdfTable(page.Number, TableSyntax.RuledLines, grid.Xs, grid.Top, rows)));
        }
        var free = lines.Where(l => l.Outside.Count > 0).ToList();
        foreach (var table in PdfColumns.Find(page.Number, free))
            elements.Add((table.Top, table));
        foreach (var line in free.Where(l => l.Outside.Count > 0))
            elements.Add((line.Line.Glyphs[line.Outside[0]].Top, line));
        var text = free.Where(l => l.Outside.Count > 0).ToList();
        double left = text.Count == 0 ? 0 : text.Min(l => l.Line.Glyphs[l.Outside[0]].Left);
        double right = text.Count == 0 ? 0 : text.Max(l => l.Line.Glyphs[l.Outside[^1]].Right);
        return new PdfPageLayout(lines, [.. elements.OrderByDescending(e => e.Top).Select(e => e.Element)], left, right);
    }
}
