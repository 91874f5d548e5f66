using AngleSharp.Html.Dom;

namespace GovInfo.Report.Formats.Html;

/// <summary>
/// Lays a table's cells out on a grid with <c>rowspan</c> and <c>colspan</c> expanded: a merged cell
/// sits in its top-left slot and the slots it also covers are empty, as in a tab-separated export.
/// </summary>
public static class HtmlTableGrid
{
    private const int MaxSpan = 200;

    /// <summary>How many rows and columns a cell covers, bounded (<c>rowspan="0"</c> reaches the end of the table).</summary>
    public static (int Rows, int Columns) SpanOf(IHtmlTableCellElement cell)
        => (cell.RowSpan <= 0 ? MaxSpan : Math.Min(cell.RowSpan, MaxSpan), Math.Clamp(cell.ColumnSpan, 1, MaxSpan));

    /// <summary>Each row's slots, left to right: the cell that starts there, or null where a merged cell reaches.</summary>
    public static List<List<IHtmlTableCellElement?>> Layout(IHtmlTableElement table)
    {
        var rows = new List<List<IHtmlTableCellElement?>>();
        var remaining = new List<int>(); // per column: rows a cell from above still covers
        foreach (var row in table.Rows)
        {
            var slots = new List<IHtmlTableCellElement?>();
            var started = new List<(int Column, int Rows)>();
            int column = 0;
            foreach (var cell in row.Cells)
            {
                while (column < remaining.Count && remaining[column] > 0) { slots.Add(null); column++; }
                var (rowSpan, colSpan) = SpanOf(cell);
                slots.Add(cell);
                for (int k = 1; k < colSpan; k++) slots.Add(null);
                if (rowSpan > 1) for (int k = 0; k < colSpan; k++) started.Add((column + k, rowSpan - 1));
                column += colSpan;
            }
            int lastCovered = remaining.FindLastIndex(r => r > 0);
            while (column <= lastCovered) { slots.Add(null); column++; }

            for (int c = 0; c < remaining.Count; c++) if (remaining[c] > 0) remaining[c]--;
            foreach (var (c, count) in started)
            {
                while (remaining.Count <= c) remaining.Add(0);
                remaining[c] = count;
            }
            if (slots.Count > 0) rows.Add(slots);
        }
        return rows;
    }
}
