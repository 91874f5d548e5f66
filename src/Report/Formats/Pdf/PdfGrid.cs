namespace GovInfo.Report.Formats.Pdf;

/// <summary>A cell of a ruled table: the grid rows and columns it covers (first and last, inclusive).</summary>
internal readonly record struct PdfGridCell(int Row, int Column, int LastRow, int LastColumn)
{
    public int RowSpan => LastRow - Row + 1;
    public int ColumnSpan => LastColumn - Column + 1;
}

/// <summary>
/// A table whose cells are bounded by ruling lines: the column edges left to right, the row edges top to
/// bottom, and the cells, a merged cell covering the grid slots no line divides. An edge the table does not
/// draw (the bottom of a table that goes on on the next page) is where its vertical lines end.
/// </summary>
internal sealed class PdfGrid
{
    // Lines this close are one edge; a line reaching this close to an edge touches it.
    private const double Tolerance = 2.0;

    private readonly int[,] _slots;

    private PdfGrid(double[] xs, double[] ys, int[,] slots, IReadOnlyList<PdfGridCell> cells)
    {
        Xs = xs;
        Ys = ys;
        _slots = slots;
        Cells = cells;
    }

    /// <summary>Column edges, ascending.</summary>
    public IReadOnlyList<double> Xs { get; }

    /// <summary>Row edges, descending (top first).</summary>
    public IReadOnlyList<double> Ys { get; }

    public IReadOnlyList<PdfGridCell> Cells { get; }

    public int RowCount => Ys.Count - 1;
    public int ColumnCount => Xs.Count - 1;
    public double Top => Ys[0];
    public double Bottom => Ys[^1];
    public double Left => Xs[0];
    public double Right => Xs[^1];

    /// <summary>The index in <see cref="Cells"/> of the cell at slot (row, column).</summary>
    public int CellAt(int row, int column) => _slots[row, column];

    /// <summary>The index in <see cref="Cells"/> of the cell holding the point, or -1 outside the table.</summary>
    public int CellAt(double x, double y)
    {
        if (x < Left || x > Right || y > Top || y < Bottom) return -1;
        int column = 0, row = 0;
        while (column < ColumnCount - 1 && x > Xs[column + 1]) column++;
        while (row < RowCount - 1 && y < Ys[row + 1]) row++;
        return _slots[row, column];
    }

    /// <summary>The tables the rules of a page draw: rules that touch one another, forming at least one cell.</summary>
    public static List<PdfGrid> Find(IReadOnlyList<PdfRule> rules)
    {
        var grids = new List<PdfGrid>();
        foreach (var group in Connected(rules))
            if (Build(group) is { } grid) grids.Add(grid);
        grids.Sort((a, b) => b.Top.CompareTo(a.Top));
        return grids;
    }

    private static List<List<PdfRule>> Connected(IReadOnlyList<PdfRule> rules)
    {
        var parent = Enumerable.Range(0, rules.Count).ToArray();
        int Root(int i) { while (parent[i] != i) i = parent[i] = parent[parent[i]]; return i; }
        for (int i = 0; i < rules.Count; i++)
            for (int j = i + 1; j < rules.Count; j++)
                if (Touch(rules[i], rules[j])) parent[Root(i)] = Root(j);
        return rules.Select((r, i) => (Rule: r, Root: Root(i))).GroupBy(x => x.Root).Select(g => g.Select(x => x.Rule).ToList()).ToList();
    }

    private static bool Touch(PdfRule a, PdfRule b)
    {
        if (a.Horizontal == b.Horizontal)
            return Math.Abs(a.At - b.At) <= Tolerance && a.From <= b.To + Tolerance && b.From <= a.To + Tolerance;
        var (h, v) = a.Horizontal ? (a, b) : (b, a);
        return v.At >= h.From - Tolerance && v.At <= h.To + Tolerance && h.At >= v.From - Tolerance && h.At <= v.To + Tolerance;
    }

    private static PdfGrid? Build(List<PdfRule> rules)
    {
        var horizontal = rules.Where(r => r.Horizontal).ToList();
        var vertical = rules.Where(r => !r.Horizontal).ToList();
        if (horizontal.Count == 0 || vertical.Count == 0) return null;
        var xs = Edges(vertical.Select(r => r.At).Append(horizontal.Min(r => r.From)).Append(horizontal.Max(r => r.To))).ToArray();
        var ys = Edges(horizontal.Select(r => r.At).Append(vertical.Min(r => r.From)).Append(vertical.Max(r => r.To))).AsEnumerable().Reverse().ToArray();
        if (xs.Length < 2 || ys.Length < 2) return null;
        int rows = ys.Length - 1, columns = xs.Length - 1;

        var parent = Enumerable.Range(0, rows * columns).ToArray();
        int Root(int i) { while (parent[i] != i) i = parent[i] = parent[parent[i]]; return i; }
        for (int r = 0; r < rows; r++)
        {
            double middleY = (ys[r] + ys[r + 1]) / 2;
            for (int c = 0; c < columns; c++)
            {
                double middleX = (xs[c] + xs[c + 1]) / 2;
                if (c + 1 < columns && !vertical.Any(v => Math.Abs(v.At - xs[c + 1]) <= Tolerance && v.From <= middleY && v.To >= middleY))
                    parent[Root(r * columns + c)] = Root(r * columns + c + 1);
                if (r + 1 < rows && !horizontal.Any(h => Math.Abs(h.At - ys[r + 1]) <= Tolerance && h.From <= middleX && h.To >= middleX))
                    parent[Root(r * columns + c)] = Root((r + 1) * columns + c);
            }
        }

        var slots = new int[rows, columns];
        var cells = new List<PdfGridCell>();
        var index = new Dictionary<int, int>();
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < columns; c++)
            {
                int root = Root(r * columns + c);
                if (!index.TryGetValue(root, out int k))
                {
                    index[root] = k = cells.Count;
                    cells.Add(new PdfGridCell(r, c, r, c));
                }
                var cell = cells[k];
                cells[k] = cell with { LastRow = Math.Max(cell.LastRow, r), LastColumn = Math.Max(cell.LastColumn, c), Column = Math.Min(cell.Column, c) };
                slots[r, c] = k;
            }
        // A table is cells: a lone box around text is a frame, read as text.
        if (cells.Count < 2) return null;
        return new PdfGrid(xs, ys, slots, cells);
    }

    /// <summary>Positions merged where they are within the tolerance, ascending.</summary>
    private static List<double> Edges(IEnumerable<double> positions)
    {
        var edges = new List<double>();
        foreach (double p in positions.Order())
            if (edges.Count == 0 || p - edges[^1] > Tolerance) edges.Add(p);
        return edges;
    }
}
