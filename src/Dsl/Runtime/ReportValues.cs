using System.Runtime.CompilerServices;
using GovInfo.Report.Binding;
using GovInfo.Report.Template;

namespace GovInfo.Dsl.Runtime;

/// <summary>
/// Values computed once per report and shared (values are immutable): the one cache of evaluation values,
/// living exactly as long as its <see cref="ReportView"/> (see docs/caching.md). Lists of report parts that rules
/// ask for again and again, such as <c>table.rows</c> once per column, and the values of cells and columns.
/// </summary>
public sealed class ReportValues(ReportView view)
{
    private readonly Dictionary<(object Owner, object Key), Value> _values = new(ReferencePairComparer.Instance);

    // Per table (in report order), per cell (by its index in the table); made when a table's first cell is asked for.
    private readonly Value?[]?[] _cellNumbers = new Value?[]?[view.Report.Tables.Count];
    private readonly NodeValue?[]?[] _cells = new NodeValue?[]?[view.Report.Tables.Count];
    private readonly Dictionary<LabelNode, NodeValue> _columns = new(ReferenceEqualityComparer.Instance);

    /// <summary>A property of a report part, computed by <paramref name="compute"/> the first time it is asked for.</summary>
    public Value Member(NodeValue owner, object member, EvalContext context, Func<Value, EvalContext, Value> compute)
    {
        if (!_values.TryGetValue((owner.Node, member), out var value)) _values[(owner.Node, member)] = value = compute(owner, context);
        return value;
    }

    /// <summary>A value of the whole report (a global such as <c>sections</c>), computed the first time it is asked for.</summary>
    public Value Global(object key, EvalContext context, Func<EvalContext, Value> compute)
    {
        if (!_values.TryGetValue((view, key), out var value)) _values[(view, key)] = value = compute(context);
        return value;
    }

    /// <summary>A cell's number as a value: arithmetic rules read the same cells many times.</summary>
    public Value CellNumber(BoundTable table, BoundCell cell)
        => TableIndex(table, cell) is { } t ? (_cellNumbers[t] ??= new Value?[table.Cells.Count])[cell.Index] ??= Nodes.CellNumber(cell) : Nodes.CellNumber(cell);

    /// <summary>A cell as a value, the same one for the cell scope and <c>row.cells</c>.</summary>
    public NodeValue Cell(BoundTable table, BoundCell cell)
        => TableIndex(table, cell) is { } t ? (_cells[t] ??= new NodeValue?[table.Cells.Count])[cell.Index] ??= Nodes.Cell(new CellNode(table, cell)) : Nodes.Cell(new CellNode(table, cell));

    /// <summary>A column of a table as a value (<c>cell.column</c> is read for every cell of a row).</summary>
    public NodeValue Column(BoundTable table, LabelNode column)
    {
        if (_columns.TryGetValue(column, out var value) && ((ColumnNode)value.Node).Table == table) return value;
        value = Nodes.Column(new ColumnNode(table, column));
        _columns.TryAdd(column, value);
        return value;
    }

    /// <summary>The table's position in the report; null for a cell of another report or not at its index (not seen in practice), which is not cached.</summary>
    private int? TableIndex(BoundTable table, BoundCell cell)
    {
        var tables = view.Report.Tables;
        int t = 0;
        while (t < tables.Count && !ReferenceEquals(tables[t], table)) t++;
        return t == tables.Count || cell.Index >= table.Cells.Count || !ReferenceEquals(table.Cells[cell.Index], cell) ? null : t;
    }

    /// <summary>Compares pairs by the identity of both parts: report parts are records whose value equality would hash their text.</summary>
    private sealed class ReferencePairComparer : IEqualityComparer<(object Owner, object Key)>
    {
        public static readonly ReferencePairComparer Instance = new();

        public bool Equals((object Owner, object Key) x, (object Owner, object Key) y) => ReferenceEquals(x.Owner, y.Owner) && ReferenceEquals(x.Key, y.Key);

        public int GetHashCode((object Owner, object Key) pair) => HashCode.Combine(RuntimeHelpers.GetHashCode(pair.Owner), RuntimeHelpers.GetHashCode(pair.Key));
    }
}
