using GovInfo.Dsl.Runtime;
using GovInfo.Tests;

namespace GovInfo.Dsl.Tests;

/// <summary>Cells read by their grid position (<see cref="TableGrid"/>, <see cref="ReportValues.CellAt"/>) are the cells found through their labels.</summary>
public class TableGridTests
{
    public static TheoryData<string> Fixtures() => [.. Directory.GetFiles(TestPaths.Fixtures, "*.txt").Order()];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_position_of_every_table_holds_the_cell_its_labels_name(string path)
    {
        var report = Reports.Load(path);
        var view = new ReportView(report);
        int read = 0;
        foreach (var table in report.Tables)
        {
            var grid = TableGrid.Of(table.Definition);
            Assert.Equal(grid.Rows.Count * grid.Columns.Count, grid.CellCount);
            for (int r = 0; r < grid.Rows.Count; r++)
                for (int k = 0; k < grid.Columns.Count; k++)
                {
                    var cell = table.Cell(grid.Rows[r], grid.Columns[k]);
                    // Twice: the first read fills the report's array, the second reads it.
                    for (int pass = 0; pass < 2; pass++)
                    {
                        var value = view.Values.CellAt(table, grid, r, k);
                        if (cell?.Number is { } n)
                        {
                            Assert.Equal(n, Assert.IsType<NumberValue>(value).Number);
                            Assert.Equal(cell.Cell!.Span, value.Origins[0]);
                            read++;
                        }
                        else Assert.IsType<NullValue>(value);
                    }
                }
        }
        Assert.True(read > 0, "no table cell was read");
    }

    [Fact]
    public void Rows_and_columns_are_numbered_once_in_template_order()
    {
        var applications = Reports.Template.Table("applications")!;
        var grid = TableGrid.Of(applications);
        Assert.Same(grid, TableGrid.Of(applications));
        Assert.Equal(applications.RowLeaves.Distinct(), grid.Rows);
        Assert.Equal(applications.Parts.SelectMany(p => p.ColumnLeaves).Distinct(), grid.Columns);
        for (int i = 0; i < grid.Columns.Count; i++)
        {
            Assert.Equal(i, grid.ColumnOrdinal(grid.Columns[i]));
            Assert.Equal(grid.Columns[i].Path, grid.ColumnKey(i).Text);
            Assert.Equal(grid.Columns[i].Label, grid.ColumnLabel(i).Text);
        }
        for (int i = 0; i < grid.Rows.Count; i++)
        {
            Assert.Equal(i, grid.RowOrdinal(grid.Rows[i]));
            Assert.Equal(grid.Rows[i].Path, grid.RowKey(i).Text);
        }
        Assert.Equal(-1, grid.RowOrdinal(Reports.Template.Table("reviews")!.RowLeaves.First()));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_row_and_column_read_by_position_equal_the_same_read_through_labels(string path)
    {
        var report = Reports.Load(path);
        // r[c] reads by position (a row and a column variable); applications[r, c] resolves the row through its label.
        const string same = "all(applications.rows, r => all(applications.columns, c => exists(r[c]) == exists(applications[r, c]) and (not exists(r[c]) or r[c] == applications[r, c])))";
        Assert.True(((BoolValue)Expressions.Eval(same, report)).Value);
        var cells = (NumberValue)Expressions.Eval("count(applications.rows, r => exists(r[\"总计\"]))", report);
        var table = report.Table("applications")!;
        var total = table.Definition.FindColumns(table.Rows[0].Row, "总计").Single(c => c.IsLeaf);
        var found = table.Rows.Count(r => r.Cell(total)?.Number is not null);
        Assert.True(found > 0);
        Assert.Equal(found, (int)cells.Number);
    }

    [Fact]
    public void A_column_from_a_cell_equals_the_same_column_from_the_table()
    {
        var report = Reports.Load(Directory.GetFiles(TestPaths.Fixtures, "*.txt").Order().First());
        Assert.True(((BoolValue)Expressions.Eval("first(applications.cells).column == first(applications.columns)", report)).Value);
        Assert.True(((BoolValue)Expressions.Eval("first(applications.cells).column.key == first(applications.columns).key", report)).Value);
        Assert.True(((BoolValue)Expressions.Eval("applications.rows[0] == first(applications.cells).row", report)).Value);
    }

    [Fact]
    public void A_sum_of_cells_carries_their_places_only_when_origins_are_tracked()
    {
        var report = Reports.Load(Directory.GetFiles(TestPaths.Fixtures, "*.txt").Order().First());
        var (bound, errors, slots) = Expressions.Compile("applications[\"本年新收\", \"总计\"] + applications[\"上年结转\", \"总计\"]");
        Assert.True(bound is not null, string.Join("\n", errors));
        var view = new ReportView(report);
        var tracked = (NumberValue)bound!.Evaluate(new EvalContext(view, slots));
        var tested = (NumberValue)bound.Evaluate(new EvalContext(view, slots) { TrackOrigins = false });
        Assert.Equal(tracked.Number, tested.Number);
        Assert.Equal(2, tracked.Origins.Length);
        Assert.Empty(tested.Origins);
    }
}
