using AngleSharp.Html.Dom;
using GovInfo.Report.Reading;

namespace GovInfo.Report.Formats.Html;

/// <summary>
/// Lays a table's cells out on a grid with <c>rowspan</c> and <c>colspan</c> expanded: a merged cell
/// sits in its top-left slot and the slots it also covers are empty, as in a tab-separated export.
/// </summary>
public static class HtmlTableGrid
{
    /// <summary>The largest rowspan a browser honours; <c>rowspan="0"</c> (to the end of the table) counts as this.</summary>
    public const int MaxRowSpan = 65534;

    /// <summary>The largest colspan a browser honours.</summary>
    public const int MaxColumnSpan = 1000;

    /// <summary>How many rows and columns a cell covers, clamped as browsers clamp them (<c>rowspan="0"</c> reaches the end of the table).</summary>
    public static (int Rows, int Columns) SpanOf(IHtmlTableCellElement cell)
        => (cell.RowSpan <= 0 ? MaxRowSpan : Math.Min(cell.RowSpan, MaxRowSpan), Math.Clamp(cell.ColumnSpan, 1, MaxColumnSpan));

    /// <summary>Each row's slots, left to right: the cell that starts there, or null where a merged cell reaches.</summary>
    /// <exception cref="InputLimitException">The expanded grid has more than <see cref="InputLimits.MaxCellsPerTable"/> slots.</exception>
    public static List<List<IHtmlTableCellElement?>> Layout(IHtmlTableElement table)
    {
        var rows = new List<List<IHtmlTableCellElement?>>();
        int total = 0;
        void Count(int slots)
        {
            total += slots;
            if (total > InputLimits.MaxCellsPerTable) throw new InputLimitException(InputLimits.TableTooLarge());
        }
        var remaining = new List<int>(); // per column: rows a cell from above still covers
        foreach (var row in table.Rows)
        {
            var slots = new List<IHtmlTableCellElement?>();
            var started = new List<(int Column, int Rows)>();
            int column = 0;
            foreach (var cell in row.Cells)
            {
                while (column < remaining.Count && remaining[column] > 0) { Count(1); slots.Add(null); column++; }
                var (rowSpan, colSpan) = SpanOf(cell);
                Count(colSpan);
                slots.Add(cell);
                for (int k = 1; k < colSpan; k++) slots.Add(null);
                if (rowSpan > 1) for (int k = 0; k < colSpan; k++) started.Add((column + k, rowSpan - 1));
                column += colSpan;
            }
            int lastCovered = remaining.FindLastIndex(r => r > 0);
            Count(Math.Max(0, lastCovered + 1 - column));
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
