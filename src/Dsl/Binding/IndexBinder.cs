using GovInfo.Dsl.Errors;
using GovInfo.Dsl.Runtime;
using GovInfo.Dsl.Syntax;
using GovInfo.Dsl.Types;
using GovInfo.Report.Binding;
using GovInfo.Report.Template;

namespace GovInfo.Dsl.Binding;

/// <summary>
/// Binds <c>table[row, column]</c>, <c>table[row]</c> and <c>row[column]</c>. A literal label is resolved
/// against the template now (an unknown or ambiguous label is an error in the rule file); a row or
/// column variable, or computed text, is resolved per evaluation.
/// </summary>
internal sealed class IndexBinder(ExpressionBinder binder)
{
    private delegate LabelNode? RowSelector(EvalContext context, TableDefinition table);
    private delegate LabelNode? ColumnSelector(EvalContext context, TableDefinition table, LabelNode row);

    public BoundExpression Bind(IndexExpr index, SymbolScope scope)
    {
        var target = binder.Bind(index.Target, scope);
        if (target == BoundExpression.Error) return target;
        // The delegates themselves are captured, not the expressions: an evaluation calls them without reading a record first.
        var evaluate = target.Evaluate;
        var args = index.Arguments;
        var definition = target.Type.Table;
        if (target.Type.Kind is TypeKind.Table or TypeKind.Row) binder.Uses?.ReadCells(definition?.Key);
        switch (target.Type.Kind)
        {
            case TypeKind.Table when args.Count is 1 or 2:
            {
                var row = BindRow(args[0], definition, scope, out var staticRow);
                if (row is null) return BoundExpression.Error;
                if (args.Count == 1)
                {
                    return new BoundExpression(DslType.RowOf(definition), c =>
                        target.Evaluate(c) is NodeValue { Node: BoundTable table } && row(c, table.Definition) is { } r
                        && c.View.RowOf(table, r) is { } node ? c.View.Values.Row(node) : Value.Null);
                }
                var column = BindColumn(args[1], definition, staticRow, scope, out var staticColumn, out var columnVariable);
                if (column is null) return BoundExpression.Error;
                if (staticRow is not null && definition is not null && CellOfStaticRow(target, definition, staticRow, staticColumn, columnVariable) is { } cell)
                    return cell;
                return new BoundExpression(DslType.Number, c =>
                {
                    if (evaluate(c) is not NodeValue { Node: BoundTable table }) return Value.Null;
                    if (row(c, table.Definition) is not { } r || column(c, table.Definition, r) is not { } col) return Value.Null;
                    return c.View.Values.Lookup(table, r, col);
                });
            }
            case TypeKind.Row when args.Count == 1:
            {
                var column = BindColumn(args[0], definition, null, scope, out var staticColumn, out var columnVariable);
                if (column is null) return BoundExpression.Error;
                var grid = definition is null ? null : TableGrid.Of(definition);
                if (staticColumn is not null && grid is not null && grid.ColumnOrdinal(staticColumn) is var k and >= 0)
                    return new BoundExpression(DslType.Number, c => evaluate(c) is not NodeValue { Node: RowNode row } ? Value.Null
                        : row.Ordinal >= 0 && ReferenceEquals(row.Grid, grid) ? c.View.Values.CellAt(row.Table, grid, row.Ordinal, k)
                        : RowCell(c, row, staticColumn));
                if (columnVariable?.Evaluate is { } columnOf)
                    return new BoundExpression(DslType.Number, c =>
                    {
                        if (evaluate(c) is not NodeValue { Node: RowNode row }) return Value.Null;
                        if (columnOf(c) is not NodeValue { Node: ColumnNode col }) return Value.Null;
                        return row.Grid is { } rowGrid && row.Ordinal >= 0 && col.Ordinal >= 0 && ReferenceEquals(col.Grid, rowGrid)
                            ? c.View.Values.CellAt(row.Table, rowGrid, row.Ordinal, col.Ordinal)
                            : RowCell(c, row, col.Column);
                    });
                return new BoundExpression(DslType.Number, c => target.Evaluate(c) is NodeValue { Node: RowNode row }
                    ? RowCell(c, row, column(c, row.Table.Definition, row.Row)) : Value.Null);
            }
            case TypeKind.List when args.Count == 1:
            {
                var position = binder.Bind(args[0], scope);
                if (position == BoundExpression.Error) return position;
                if (!DslType.Number.Accepts(position.Type)) return binder.Fail(args[0], DslErrorCodes.TypeError, $"列表下标应为数字（从 0 开始），这里是{position.Type}。");
                return new BoundExpression(target.Type.Element ?? DslType.Any, c =>
                    target.Evaluate(c) is ListValue list && position.Evaluate(c) is NumberValue n && n.Number == decimal.Truncate(n.Number)
                    && n.Number >= 0 && n.Number < list.Items.Count ? list.Items[(int)n.Number] : Value.Null);
            }
            case TypeKind.Table or TypeKind.Row:
                return binder.Fail(index, DslErrorCodes.TypeError, target.Type.Kind == TypeKind.Table
                    ? "表格取值写作 表格[\"行名\", \"列名\"]（单元格）或 表格[\"行名\"]（整行）。"
                    : "行取值写作 行[\"列名\"]。");
            default:
                return binder.Fail(index, DslErrorCodes.TypeError, $"只有表格、行和列表可以用 […] 取值，这里是{target.Type}。");
        }
    }

    /// <summary>
    /// <c>table["行名", column]</c> read by grid position (<see cref="TableGrid"/>): with a literal column the position is known
    /// now, with a column variable it is the column's; a table or column of another template is read through its labels.
    /// Null when the row has no position, or the column is computed text (read through its labels each time).
    /// </summary>
    private static BoundExpression? CellOfStaticRow(BoundExpression target, TableDefinition definition, LabelNode staticRow, LabelNode? staticColumn, BoundExpression? columnVariable)
    {
        var grid = TableGrid.Of(definition);
        var evaluate = target.Evaluate;
        int r = grid.RowOrdinal(staticRow);
        if (r < 0) return null;
        if (staticColumn is not null)
        {
            int k = grid.ColumnOrdinal(staticColumn);
            if (k < 0) return null;
            return new BoundExpression(DslType.Number, c => evaluate(c) is not NodeValue { Node: BoundTable table } ? Value.Null
                : ReferenceEquals(table.Definition, definition) ? c.View.Values.CellAt(table, grid, r, k)
                : c.View.Values.Lookup(table, staticRow, staticColumn));
        }
        if (columnVariable?.Evaluate is not { } columnOf) return null;
        return new BoundExpression(DslType.Number, c =>
        {
            if (evaluate(c) is not NodeValue { Node: BoundTable table }) return Value.Null;
            if (columnOf(c) is not NodeValue { Node: ColumnNode col }) return Value.Null;
            return col.Ordinal >= 0 && ReferenceEquals(table.Definition, definition) && ReferenceEquals(col.Grid, grid)
                ? c.View.Values.CellAt(table, grid, r, col.Ordinal)
                : c.View.Values.Lookup(table, staticRow, col.Column);
        });
    }

    /// <summary>The number of a row's cell in a column, found by scanning the row's cells; Null when the row has no cell there.</summary>
    private static Value RowCell(EvalContext c, RowNode row, LabelNode? column)
    {
        var cells = row.Cells;
        for (int i = 0; i < cells.Count; i++)
            if (cells[i].Column == column) return c.View.Values.CellNumber(row.Table, cells[i]);
        return Value.Null;
    }

    private RowSelector? BindRow(Expr arg, TableDefinition? definition, SymbolScope scope, out LabelNode? staticRow)
    {
        staticRow = null;
        if (arg is StringLiteral literal && definition is not null)
        {
            var row = Resolve(arg, literal.Value, definition.FindRows(literal.Value), definition.Key, "行",
                definition.Parts.SelectMany(p => p.AllRows).Select(r => r.Label));
            if (row is null) return null;
            staticRow = row;
            return (_, _) => row;
        }
        var bound = binder.Bind(arg, scope);
        if (bound == BoundExpression.Error) return null;
        if (bound.Type.Kind == TypeKind.Row)
            return SameTable(arg, bound.Type, definition) ? (c, _) => bound.Evaluate(c) is NodeValue { Node: RowNode r } ? r.Row : null : null;
        if (bound.Type.Kind == TypeKind.Text)
            return (c, t) => bound.Evaluate(c) is TextValue text && t.FindRows(text.Text).Where(r => r.IsLeaf).ToList() is [var only] ? only : null;
        binder.Fail(arg, DslErrorCodes.TypeError, $"行应写作行名文本或行变量，这里是{bound.Type}。");
        return null;
    }

    private ColumnSelector? BindColumn(Expr arg, TableDefinition? definition, LabelNode? staticRow, SymbolScope scope,
        out LabelNode? staticColumn, out BoundExpression? columnVariable)
    {
        staticColumn = null;
        columnVariable = null;
        if (arg is StringLiteral literal && definition is not null && (staticRow is not null || definition.Parts.Count == 1))
        {
            var row = staticRow ?? definition.Parts[0].RowLeaves[0];
            var part = definition.PartOf(row);
            var column = Resolve(arg, literal.Value, definition.FindColumns(row, literal.Value), definition.Key, "列",
                part.AllColumns.Select(c => c.Label));
            staticColumn = column;
            return column is null ? null : (_, _, _) => column;
        }
        var bound = binder.Bind(arg, scope);
        if (bound == BoundExpression.Error) return null;
        if (bound.Type.Kind == TypeKind.Column)
        {
            if (!SameTable(arg, bound.Type, definition)) return null;
            columnVariable = bound;
            return (c, _, _) => bound.Evaluate(c) is NodeValue { Node: ColumnNode col } ? col.Column : null;
        }
        if (bound.Type.Kind == TypeKind.Text)
            return (c, t, row) => bound.Evaluate(c) is TextValue text && t.FindColumns(row, text.Text).Where(r => r.IsLeaf).ToList() is [var only] ? only : null;
        binder.Fail(arg, DslErrorCodes.TypeError, $"列应写作列名文本或列变量，这里是{bound.Type}。");
        return null;
    }

    private bool SameTable(Expr arg, DslType type, TableDefinition? definition)
    {
        if (type.Table is null || definition is null || type.Table == definition) return true;
        binder.Fail(arg, DslErrorCodes.TypeError, $"这是{type}，不能用于表格 {definition.Key}。");
        return false;
    }

    private LabelNode? Resolve(Expr at, string label, IReadOnlyList<LabelNode> found, string table, string what, IEnumerable<string> known)
    {
        var leaves = found.Where(n => n.IsLeaf).ToList();
        if (found.Count == 0)
        {
            binder.Fail(at, DslErrorCodes.UnknownLabel, $"表格 {table} 没有{what} “{label}”。{ExpressionBinder.Suggest(label, known.Distinct())}");
            return null;
        }
        if (leaves.Count == 0)
        {
            var example = found[0].SelfAndDescendants().First(n => n.IsLeaf);
            binder.Fail(at, DslErrorCodes.UnknownLabel, $"“{label}” 是分组，没有自己的单元格；请写其下的{what}，如 “{found[0].Label}/{example.Label}”。");
            return null;
        }
        if (leaves.Count > 1)
        {
            binder.Fail(at, DslErrorCodes.AmbiguousLabel, $"“{label}” 对应多个{what}：{string.Join("、", leaves.Select(l => l.DisplayPath.Replace(" / ", "/")))}；请用 “上级/名称” 写明。");
            return null;
        }
        return leaves[0];
    }
}
