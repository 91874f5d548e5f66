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

/// <summary>An official table as found in a report (or missing), with every cell addressed by template row and column.</summary>
public sealed class BoundTable
{
    // Where each bound row's cells start: the binder adds a row's cells together, so a row's few cells are
    // scanned from there (a map per cell was most of the binder's allocation). Null when rows interleave.
    private readonly Dictionary<LabelNode, int> _rowStart = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(LabelNode Row, LabelNode Column), BoundCell>? _cells;

    public BoundTable(TableDefinition definition, Table? source, ReportSection? foundIn, IReadOnlyList<BoundCell> cells,
        IReadOnlyList<UnboundRow> unboundRows, IReadOnlyList<TableRow> headerRows, IReadOnlyList<LabelNode> missingColumns)
    {
        Definition = definition;
        Source = source;
        FoundIn = foundIn;
        Cells = cells;
        UnboundRows = unboundRows;
        HeaderRows = headerRows;
        MissingColumns = missingColumns;
        bool interleaved = false;
        for (int i = 0; i < cells.Count; i++)
            if (!_rowStart.TryAdd(cells[i].Row, i) && cells[i - 1].Row != cells[i].Row) interleaved = true;
        if (interleaved) _cells = cells.ToDictionary(c => (c.Row, c.Column));
        MissingRows = definition.RowLeaves.Where(r => !_rowStart.ContainsKey(r)).ToList();
    }

    public TableDefinition Definition { get; }
    public Table? Source { get; }
    public bool IsFound => Source is not null;

    /// <summary>The section the table sits in (which may not be the template's section for it).</summary>
    public ReportSection? FoundIn { get; }

    public IReadOnlyList<BoundCell> Cells { get; }
    public IReadOnlyList<UnboundRow> UnboundRows { get; }
    public IReadOnlyList<TableRow> HeaderRows { get; }
    public IReadOnlyList<LabelNode> MissingRows { get; }
    public IReadOnlyList<LabelNode> MissingColumns { get; }

    public BoundCell? Cell(LabelNode row, LabelNode column)
    {
        if (_cells is not null) return _cells.GetValueOrDefault((row, column));
        if (!_rowStart.TryGetValue(row, out int i)) return null;
        for (var cells = Cells; i < cells.Count && cells[i].Row == row; i++)
            if (cells[i].Column == column) return cells[i];
        return null;
    }

    /// <summary>The cell at a row and column given by label, alias, key path or '/'-joined labels (本年新收, 自然人).</summary>
    public BoundCell? Cell(string row, string column)
    {
        var rows = Definition.FindRows(row).Where(r => r.IsLeaf).ToList();
        if (rows.Count != 1) return null;
        var columns = Definition.FindColumns(rows[0], column).Where(c => c.IsLeaf).ToList();
        return columns.Count == 1 ? Cell(rows[0], columns[0]) : null;
    }
}
