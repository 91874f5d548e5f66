using GovInfo.Report.Binding;
using GovInfo.Report.Template;

namespace GovInfo.Dsl.Runtime;

/// <summary>
/// Values computed once per report and shared (values are immutable): the one cache of evaluation values,
/// living exactly as long as its <see cref="ReportView"/> (see docs/caching.md). Lists of report parts that rules
/// ask for again and again, such as <c>table.rows</c> once per column, and the values of tables, rows, cells and columns,
/// kept per table in arrays indexed by the cell's (or row's, or grid position's) number, so reading one again is an array read.
/// </summary>
public sealed class ReportValues(ReportView view)
{
    // The report's globals, by their keys' identity.
    private readonly Dictionary<object, Value> _globals = new(ReferenceEqualityComparer.Instance);

    // The report's tables (in report order) as an array, and what is kept of each, made when the table is first asked for.
    private readonly BoundTable[] _tables = [.. view.Report.Tables];
    private readonly TableValues?[] _tableValues = new TableValues?[view.Report.Tables.Count];
    private readonly Dictionary<LabelNode, NodeValue> _columns = new(ReferenceEqualityComparer.Instance);

    /// <summary>A value of the whole report (a global such as <c>sections</c>), computed the first time it is asked for.</summary>
    public Value Global(object key, EvalContext context, Func<EvalContext, Value> compute)
    {
        if (!_globals.TryGetValue(key, out var value)) _globals[key] = value = compute(context);
        return value;
    }

    private NodeValue? _report;
    private Value? _title, _year, _issuer;

    /// <summary>The report as a value (the global <c>report</c>), made once.</summary>
    public NodeValue Report => _report ??= Nodes.Report(view);

    /// <summary>The title as a value (the global <c>title</c>), made once.</summary>
    public Value Title => _title ??= Nodes.Title(view);

    /// <summary>The title's year, located in it (the global <c>year</c>, which sentence rules read for every sentence), made once.</summary>
    public Value Year => _year ??= view.Report.Title is { Year: { } y, YearSpan: { } s } ? new NumberValue(y, s) : Value.Null;

    /// <summary>The issuer named by the title, located in it (the global <c>issuer</c>), made once.</summary>
    public Value Issuer => _issuer ??= view.Report.Title is { Issuer: { } i, IssuerSpan: { } s } ? TextValue.FromSource(i, s.Start) : Value.Null;

    /// <summary>A cell's number as a value: arithmetic rules read the same cells many times.</summary>
    public Value CellNumber(BoundTable table, BoundCell cell)
        => Of(table) is { } values && values.Holds(cell) ? values.CellNumbers[cell.Index] ??= Nodes.CellNumber(cell) : Nodes.CellNumber(cell);

    /// <summary>
    /// The number of the cell at a row and column given by their <see cref="TableGrid"/> numbers, found once per report and then
    /// read from an array: the value <c>table[row, column]</c> has (the cell's number, or Null when the table lacks the cell).
    /// </summary>
    public Value CellAt(BoundTable table, TableGrid grid, int row, int column)
    {
        if (Of(table) is not { } values || !ReferenceEquals(table.Definition, grid.Definition)) return Lookup(table, grid.Rows[row], grid.Columns[column]);
        var cells = values.Grid ??= new Value?[grid.CellCount];
        return cells[grid.Position(row, column)] ??= Lookup(table, grid.Rows[row], grid.Columns[column]);
    }

    /// <summary>The number of a table's cell at a template row and column, found through the labels.</summary>
    public Value Lookup(BoundTable table, LabelNode row, LabelNode column)
        => table.Cell(row, column) is { } cell ? CellNumber(table, cell) : Value.Null;

    /// <summary>A bound row as a value, one per row and report (<c>table["行名"]</c>, <c>cell.row</c>).</summary>
    public NodeValue Row(RowNode row)
    {
        var table = row.Table;
        int i = row.Bound.Index;
        if (Of(table) is not { } values || i >= values.Rows.Length || !ReferenceEquals(table.Rows[i], row.Bound)) return Nodes.Row(row);
        return values.Rows[i] ??= Nodes.Row(row);
    }

    /// <summary>A table as a value, one per table and report (the global <c>applications</c>, <c>row.table</c>, <c>tables</c>).</summary>
    public NodeValue Table(BoundTable table) => Of(table) is { } values ? values.Table : Nodes.Table(table);

    /// <summary>The report's table of a template table, by its position in the template and its key; null when the report has none.</summary>
    public NodeValue? Table(int templateIndex, string key)
    {
        if ((uint)templateIndex < (uint)_tables.Length && _tables[templateIndex].Definition.Key == key) return At(templateIndex).Table;
        return view.Report.Table(key) is { } other ? Table(other) : null;
    }

    /// <summary>A cell as a value, the same one for the cell scope and <c>row.cells</c>.</summary>
    public NodeValue Cell(BoundTable table, BoundCell cell)
        => Of(table) is { } values && values.Holds(cell) ? values.Cells[cell.Index] ??= Nodes.Cell(new CellNode(table, cell)) : Nodes.Cell(new CellNode(table, cell));

    /// <summary>The column of a cell as a value (<c>cell.column</c>, read for every cell of a row), found once per cell.</summary>
    public NodeValue ColumnOf(BoundTable table, BoundCell cell)
        => Of(table) is { } values && values.Holds(cell) ? values.CellColumns[cell.Index] ??= Column(table, cell.Column) : Column(table, cell.Column);

    /// <summary>A column of a table as a value (<c>cell.column</c> is read for every cell of a row).</summary>
    public NodeValue Column(BoundTable table, LabelNode column)
    {
        if (_columns.TryGetValue(column, out var value) && ((ColumnNode)value.Node).Table == table) return value;
        var grid = TableGrid.Of(table.Definition);
        value = Nodes.Column(new ColumnNode(table, column) { Grid = grid, Ordinal = grid.ColumnOrdinal(column) });
        _columns.TryAdd(column, value);
        return value;
    }

    /// <summary>The table's rows in source order as a list value (<c>table.rows</c>, read once per column by some rules), made once.</summary>
    public ListValue RowsOf(BoundTable table)
    {
        if (Of(table) is { } values) return values.RowList ??= MakeRows(table);
        return MakeRows(table);
    }

    private ListValue MakeRows(BoundTable table)
    {
        var rows = view.RowsOf(table);
        var items = new Value[rows.Count];
        for (int i = 0; i < items.Length; i++) items[i] = Row(rows[i]);
        return new ListValue(items);
    }

    /// <summary>The table's leaf columns in template order as a list value (<c>table.columns</c>), made once.</summary>
    public ListValue ColumnsOf(BoundTable table)
    {
        if (Of(table) is { } values) return values.ColumnList ??= MakeColumns(table);
        return MakeColumns(table);
    }

    private ListValue MakeColumns(BoundTable table)
    {
        var columns = TableGrid.Of(table.Definition).Columns;
        var items = new Value[columns.Count];
        for (int i = 0; i < items.Length; i++) items[i] = Column(table, columns[i]);
        return new ListValue(items);
    }

    /// <summary>Every cell of the table as a list value (<c>table.cells</c>), made once.</summary>
    public ListValue CellsOf(BoundTable table)
    {
        if (Of(table) is { } values) return values.CellList ??= MakeCells(table, table.Cells);
        return MakeCells(table, table.Cells);
    }

    /// <summary>A row's cells in column order as a list value (<c>row.cells</c>), made once per row.</summary>
    public ListValue CellsOf(RowNode row)
    {
        int i = row.Bound.Index;
        if (Of(row.Table) is { } values && i < values.RowCells.Length && ReferenceEquals(row.Table.Rows[i], row.Bound))
            return values.RowCells[i] ??= MakeCells(row.Table, row.Cells);
        return MakeCells(row.Table, row.Cells);
    }

    private ListValue MakeCells(BoundTable table, IReadOnlyList<BoundCell> cells)
    {
        var items = new Value[cells.Count];
        for (int i = 0; i < items.Length; i++) items[i] = Cell(table, cells[i]);
        return new ListValue(items);
    }

    /// <summary>The table's position in the report; null for a table of another report.</summary>
    public int? IndexOf(BoundTable table)
    {
        var tables = _tables;
        for (int t = 0; t < tables.Length; t++)
            if (ReferenceEquals(tables[t], table)) return t;
        return null;
    }

    /// <summary>What is kept of the table; null for a table of another report, which is not cached.</summary>
    private TableValues? Of(BoundTable table)
    {
        var tables = _tables;
        for (int t = 0; t < tables.Length; t++)
            if (ReferenceEquals(tables[t], table)) return At(t);
        return null;
    }

    private TableValues At(int t) => _tableValues[t] ??= new TableValues(_tables[t]);

    /// <summary>The values of one table of the report, each array indexed by the number of the cell, row or grid position.</summary>
    private sealed class TableValues(BoundTable table)
    {
        private readonly BoundCell[] _cells = [.. table.Cells];

        public readonly NodeValue Table = Nodes.Table(table);
        public readonly Value?[] CellNumbers = new Value?[table.Cells.Count];
        public readonly NodeValue?[] Cells = new NodeValue?[table.Cells.Count];
        public readonly NodeValue?[] CellColumns = new NodeValue?[table.Cells.Count];
        public readonly NodeValue?[] Rows = new NodeValue?[table.Rows.Count];
        public readonly ListValue?[] RowCells = new ListValue?[table.Rows.Count];
        public Value?[]? Grid;
        public ListValue? RowList, ColumnList, CellList;

        /// <summary>Whether the cell is this table's, at its index (not seen otherwise in practice; such a cell is not cached).</summary>
        public bool Holds(BoundCell cell) => (uint)cell.Index < (uint)_cells.Length && ReferenceEquals(_cells[cell.Index], cell);
    }
}
