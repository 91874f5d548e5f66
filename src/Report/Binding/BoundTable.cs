using GovInfo.Report.Documents;
using GovInfo.Report.Template;

namespace GovInfo.Report.Binding;

/// <summary>A cell of an official table: its template row and column, and the source cell (null when the row lacks it).</summary>
public sealed record BoundCell(LabelNode Row, LabelNode Column, TableCell? Cell, TableRow SourceRow)
{
    /// <summary>The cell's position in its table's <see cref="BoundTable.Cells"/>, so per-report data about cells can live in arrays.</summary>
    public int Index { get; init; }

    public decimal? Number => Cell?.Value.Number;
}

/// <summary>Why a source row was not bound to a template row.</summary>
public enum UnboundRowReason
{
    /// <summary>Its labels match no row of the template.</summary>
    Unrecognized,
    /// <summary>It repeats a row already bound.</summary>
    Duplicate,
    /// <summary>It has more values than the row has columns.</summary>
    ExtraCells,
}

/// <summary>A source row the binder could not (fully) use, and why.</summary>
public sealed record UnboundRow(TableRow Row, UnboundRowReason Reason);

/// <summary>A bound row of an official table: its template row, its cells in column order, and the source row they come from.</summary>
public sealed class BoundRow(LabelNode row, IReadOnlyList<BoundCell> cells, TableRow source)
{
    /// <summary>The template row (a leaf) the source row was bound to.</summary>
    public LabelNode Row { get; } = row;

    /// <summary>The row's cells in template column order, one per column of its part.</summary>
    public IReadOnlyList<BoundCell> Cells { get; } = cells;

    public TableRow Source { get; } = source;

    /// <summary>The row's position in its table's <see cref="BoundTable.Rows"/>, so per-report data about rows can live in arrays.</summary>
    public int Index { get; init; }

    /// <summary>The cell of a column of this row, or null when the column is not the row's.</summary>
    public BoundCell? Cell(LabelNode column)
    {
        var cells = Cells;
        for (int i = 0; i < cells.Count; i++)
            if (cells[i].Column == column) return cells[i];
        return null;
    }
}

/// <summary>An official table as found in a report (or missing), with every cell addressed by template row and column.</summary>
public sealed class BoundTable
{
    private readonly Dictionary<LabelNode, BoundRow> _rows = new(ReferenceEqualityComparer.Instance);

    /// <summary>A table of the given rows; <paramref name="cells"/> are every cell of them, row by row, each at its <see cref="BoundCell.Index"/>.</summary>
    public BoundTable(TableDefinition definition, Table? source, ReportSection? foundIn, IReadOnlyList<BoundRow> rows, IReadOnlyList<BoundCell> cells,
        IReadOnlyList<UnboundRow> unboundRows, IReadOnlyList<TableRow> headerRows, IReadOnlyList<LabelNode> missingColumns, TableAssessment? assessment = null)
    {
        Definition = definition;
        Source = source;
        FoundIn = foundIn;
        Rows = rows;
        Cells = cells;
        UnboundRows = unboundRows;
        HeaderRows = headerRows;
        MissingColumns = missingColumns;
        foreach (var row in rows)
            if (!_rows.TryAdd(row.Row, row)) throw new ArgumentException($"第二次绑定了行 {row.Row.DisplayPath}。", nameof(rows));
        var leaves = definition.RowLeaves;
        var missingRows = new List<LabelNode>(Math.Max(0, leaves.Count - _rows.Count));
        foreach (var leaf in leaves)
            if (!_rows.ContainsKey(leaf)) missingRows.Add(leaf);
        MissingRows = missingRows;
        Assessment = assessment ?? (source is null ? TableAssessment.Missing : TableAssessment.Of(leaves.Count, rows));
    }

    /// <summary>Whether rules can read this table's cells, and why not; decided once, here, and read by every later stage.</summary>
    public TableAssessment Assessment { get; }

    public bool IsAssessable => Assessment.IsAssessable;

    public TableDefinition Definition { get; }
    public Table? Source { get; }

    /// <summary>Every source table bound as a piece of this one, in document order (<see cref="Source"/> among them); empty when not found.</summary>
    public IReadOnlyList<Table> Pieces { get; init; } = [];
    public bool IsFound => Source is not null;

    /// <summary>The section the table sits in (which may not be the template's section for it).</summary>
    public ReportSection? FoundIn { get; }

    /// <summary>The bound rows in source order, each template row at most once.</summary>
    public IReadOnlyList<BoundRow> Rows { get; }

    /// <summary>Every bound cell, row by row in the order of <see cref="Rows"/>.</summary>
    public IReadOnlyList<BoundCell> Cells { get; }
    public IReadOnlyList<UnboundRow> UnboundRows { get; }
    public IReadOnlyList<TableRow> HeaderRows { get; }
    public IReadOnlyList<LabelNode> MissingRows { get; }
    public IReadOnlyList<LabelNode> MissingColumns { get; }

    /// <summary>The bound row of a template row, or null when the report does not show it.</summary>
    public BoundRow? Row(LabelNode row) => _rows.GetValueOrDefault(row);

    public BoundCell? Cell(LabelNode row, LabelNode column) => _rows.TryGetValue(row, out var bound) ? bound.Cell(column) : null;

    /// <summary>The cell at a row and column given by label, alias, key path or '/'-joined labels (本年新收, 自然人).</summary>
    public BoundCell? Cell(string row, string column)
    {
        var rows = Definition.FindRows(row).Where(r => r.IsLeaf).ToList();
        if (rows.Count != 1) return null;
        var columns = Definition.FindColumns(rows[0], column).Where(c => c.IsLeaf).ToList();
        return columns.Count == 1 ? Cell(rows[0], columns[0]) : null;
    }
}
