using GovInfo.Report.Documents;

namespace GovInfo.Tests;

/// <summary>One cell of a table written with merged cells: its text and how many grid slots it covers.</summary>
public sealed record MergedCell(string Text, int ColumnSpan, int RowSpan);

/// <summary>
/// Turns a tab-separated table into one with merged cells, as Word and web pages write it: in the header
/// rows (before the first row holding a number) a label absorbs the empty cells to its right and below
/// it, and in the first two columns a label absorbs the empty cells below it (三、本年度办理结果 over its
/// 22 rows). Only empty slots are merged, so expanding the spans again gives back the same grid.
/// </summary>
public static class MergedTable
{
    /// <summary>Each row's cells that start a slot, left to right; slots a merged cell covers are left out.</summary>
    public static List<List<MergedCell>> Merge(Table table)
    {
        var grid = table.Rows.Select(r => r.Cells.Select(c => c.Text).ToList()).ToList();
        int width = grid.Max(r => r.Count);
        bool Empty(int r, int c) => c < grid[r].Count && grid[r][c].Length == 0;
        int headerRows = grid.FindIndex(r => r.Any(t => decimal.TryParse(t, out _)));
        if (headerRows < 0) headerRows = grid.Count;

        var covered = new bool[grid.Count, width];
        var result = new List<List<MergedCell>>();
        for (int r = 0; r < grid.Count; r++)
        {
            var cells = new List<MergedCell>();
            for (int c = 0; c < grid[r].Count; c++)
            {
                if (covered[r, c]) continue;
                int columns = 1, rows = 1;
                if (grid[r][c].Length > 0)
                {
                    if (r < headerRows)
                        while (c + columns < width && Empty(r, c + columns) && !covered[r, c + columns]) columns++;
                    int lastRow = r < headerRows ? headerRows : c < 2 ? grid.Count : r + 1;
                    while (r + rows < lastRow && Enumerable.Range(c, columns).All(k => Empty(r + rows, k) && !covered[r + rows, k])) rows++;
                }
                for (int i = 0; i < rows; i++)
                    for (int k = 0; k < columns; k++) covered[r + i, c + k] = true;
                cells.Add(new MergedCell(grid[r][c], columns, rows));
            }
            result.Add(cells);
        }
        return result;
    }
}
