using System.Runtime.CompilerServices;
using GovInfo.Report.Template;

namespace GovInfo.Dsl.Runtime;

/// <summary>
/// The leaf rows and leaf columns of a template table numbered once (rows in template order, columns as
/// <c>table.columns</c> lists them), so that a cell of it has a position: per-report cell values live in an array
/// indexed by it (<see cref="ReportValues.CellAt"/>) instead of being found through the row's and column's labels.
/// </summary>
public sealed class TableGrid
{
    private static readonly ConditionalWeakTable<TableDefinition, TableGrid> Grids = new();

    private readonly Dictionary<LabelNode, int> _rowOrdinals = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<LabelNode, int> _columnOrdinals = new(ReferenceEqualityComparer.Instance);

    private TableGrid(TableDefinition definition)
    {
        Definition = definition;
        var rows = new List<LabelNode>();
        var columns = new List<LabelNode>();
        foreach (var part in definition.Parts)
        {
            foreach (var row in part.RowLeaves)
                if (_rowOrdinals.TryAdd(row, rows.Count)) rows.Add(row);
            foreach (var column in part.ColumnLeaves)
                if (_columnOrdinals.TryAdd(column, columns.Count)) columns.Add(column);
        }
        Rows = rows;
        Columns = columns;
        _rowKeys = [.. rows.Select(r => Text(r.Path))];
        _rowLabels = [.. rows.Select(r => Text(r.Label))];
        _columnKeys = [.. columns.Select(c => Text(c.Path))];
        _columnLabels = [.. columns.Select(c => Text(c.Label))];
    }

    // The template's strings as values, made once per table definition (rules read row.key and column.label for every row and column).
    private readonly TextValue[] _rowKeys, _rowLabels, _columnKeys, _columnLabels;

    private static TextValue Text(string text) => new(text, null, []);

    /// <summary>The key path of the row numbered <paramref name="row"/> as a value (<c>row.key</c>).</summary>
    public TextValue RowKey(int row) => _rowKeys[row];

    /// <summary>The label of the row numbered <paramref name="row"/> as a value (<c>row.label</c>).</summary>
    public TextValue RowLabel(int row) => _rowLabels[row];

    /// <summary>The key path of the column numbered <paramref name="column"/> as a value (<c>column.key</c>).</summary>
    public TextValue ColumnKey(int column) => _columnKeys[column];

    /// <summary>The label of the column numbered <paramref name="column"/> as a value (<c>column.label</c>).</summary>
    public TextValue ColumnLabel(int column) => _columnLabels[column];

    /// <summary>The grid of a template table, made once per table definition.</summary>
    public static TableGrid Of(TableDefinition definition) => Grids.GetValue(definition, static d => new TableGrid(d));

    public TableDefinition Definition { get; }

    /// <summary>The table's leaf rows, each once, in template order.</summary>
    public IReadOnlyList<LabelNode> Rows { get; }

    /// <summary>The table's leaf columns, each once, in template order (the order of <c>table.columns</c>).</summary>
    public IReadOnlyList<LabelNode> Columns { get; }

    /// <summary>How many positions the grid has: every leaf row with every leaf column.</summary>
    public int CellCount => Rows.Count * Columns.Count;

    /// <summary>The row's number in the grid; -1 when it is not a leaf row of this table.</summary>
    public int RowOrdinal(LabelNode row) => _rowOrdinals.TryGetValue(row, out int i) ? i : -1;

    /// <summary>The column's number in the grid; -1 when it is not a leaf column of this table.</summary>
    public int ColumnOrdinal(LabelNode column) => _columnOrdinals.TryGetValue(column, out int i) ? i : -1;

    /// <summary>The position of a row's cell in a column (both given by their numbers).</summary>
    public int Position(int row, int column) => row * Columns.Count + column;
}
