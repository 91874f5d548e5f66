using GovInfo.Report.Documents;

namespace GovInfo.Report.Formats.Pdf;

/// <summary>
/// Tables a page sets without ruling lines: runs of at least two consecutive lines that each fall into three or
/// more pieces apart by wide gaps; the pieces' left edges, gathered over the run, are the columns.
/// </summary>
internal static class PdfColumns
{
    // Pieces of a line further apart than this many ems are in different columns.
    private const double ColumnGap = 1.5;
    private const int MinColumns = 3;
    private const int MinRows = 2;

    /// <summary>The tables of aligned columns among the lines (those outside ruled tables); their glyphs are taken out of the lines.</summary>
    public static List<PdfTable> Find(int page, List<PdfLaidLine> lines)
    {
        var tables = new List<PdfTable>();
        int i = 0;
        while (i < lines.Count)
        {
            int end = i;
            while (end < lines.Count && Pieces(lines[end]).Count >= MinColumns) end++;
            if (end - i >= MinRows) tables.Add(Build(page, lines.GetRange(i, end - i)));
            i = Math.Max(end, i + 1);
        }
        return tables;
    }

    /// <summary>The line's glyphs outside tables in pieces parted by gaps wider than <see cref="ColumnGap"/> ems.</summary>
    private static List<List<int>> Pieces(PdfLaidLine line)
    {
        var pieces = new List<List<int>>();
        var glyphs = line.Line.Glyphs;
        foreach (int i in line.Outside)
        {
            bool parts = pieces.Count == 0 || pieces[^1][^1] != i - 1
                || glyphs[i].Left - glyphs[i - 1].Right > ColumnGap * Math.Max(glyphs[i].Size, glyphs[i - 1].Size);
            if (parts) pieces.Add([]);
            pieces[^1].Add(i);
        }
        return pieces;
    }

    private static PdfTable Build(int page, List<PdfLaidLine> run)
    {
        var split = run.Select(l => (Line: l, Pieces: Pieces(l))).ToList();
        double em = run.Max(l => l.Line.Size);
        var edges = new List<double>();
        foreach (double left in split.SelectMany(s => s.Pieces.Select(p => s.Line.Line.Glyphs[p[0]].Left)).Order())
            if (edges.Count == 0 || left - edges[^1] > em) edges.Add(left);
        var rows = new List<IReadOnlyList<PdfTableCell?>>();
        foreach (var (line, pieces) in split)
        {
            var row = new PdfTableCell?[edges.Count];
            for (int c = 0; c < row.Length; c++) row[c] = new PdfTableCell(1, 1);
            foreach (var piece in pieces)
            {
                double left = line.Line.Glyphs[piece[0]].Left;
                int column = Math.Max(0, edges.FindLastIndex(e => e <= left + em / 2));
                row[column]!.Pieces.Add(new PdfCellPiece(line, piece));
            }
            line.Outside.Clear();
            rows.Add(row);
        }
        return new PdfTable(page, TableSyntax.AlignedColumns, edges, run[0].Line.Top, rows);
    }
}
