namespace GovInfo.Report.Binding;

/// <summary>Whether the cells of an official table can be checked, as the binder found it.</summary>
public enum TableState
{
    /// <summary>Found, and its values sit in the template's cells: rules can read them.</summary>
    Ok,
    /// <summary>No table of the report is this table.</summary>
    Missing,
    /// <summary>No table, but its row labels stand in the text of its section followed by digits (a table flattened into a digit run).</summary>
    Flattened,
    /// <summary>Found, but most bound rows hold no number, or most of their cells are missing: the values cannot be placed in cells.</summary>
    Unplaced,
    /// <summary>Found, but most of the template's rows are missing or unrecognisable.</summary>
    Damaged,
}

/// <summary>The binder's verdict on one official table: its <see cref="TableState"/> and, when not <see cref="TableState.Ok"/>, why, in words for users.</summary>
public sealed record TableAssessment(TableState State, string? Problem)
{
    public static readonly TableAssessment Ok = new(TableState.Ok, null);
    public static readonly TableAssessment Missing = new(TableState.Missing, "报告中没有这张表");

    public bool IsAssessable => State == TableState.Ok;

    /// <summary>
    /// Judges a found table: unplaced when fewer than half of its bound rows hold a number or more than half of their cells
    /// are missing; damaged when fewer than half of the template's rows are bound.
    /// </summary>
    public static TableAssessment Of(int templateRows, IReadOnlyList<BoundRow> rows)
    {
        if (rows.Count == 0) return new(TableState.Unplaced, "找到了表格，但没有一行能对应到模板的行");
        int withNumbers = 0, cells = 0, missing = 0;
        foreach (var row in rows)
        {
            bool any = false;
            foreach (var cell in row.Cells)
            {
                cells++;
                if (cell.Cell is null) missing++;
                else if (cell.Cell.Value.Kind == Documents.CellValueKind.Number) any = true;
            }
            if (any) withNumbers++;
        }
        if (withNumbers * 2 < rows.Count)
            return new(TableState.Unplaced, $"找到了行标签，但数值无法对应到单元格：{rows.Count} 行中只有 {withNumbers} 行有数值");
        if (missing * 2 > cells)
            return new(TableState.Unplaced, $"找到了表格，但数值无法对应到单元格：{cells} 个单元格中缺少 {missing} 个");
        if (rows.Count * 2 < templateRows)
            return new(TableState.Damaged, $"只有模板 {templateRows} 行中的 {rows.Count} 行能对应上，大部分行缺失或无法识别");
        return Ok;
    }
}
