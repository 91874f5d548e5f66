using GovInfo.Report.Binding;
using GovInfo.Report.Reading;
using GovInfo.Report.Text;

using GovInfo.Tests;

namespace GovInfo.Report.Tests;

public class BinderTests
{
    private static string Fixture000 => File.ReadAllText(TestPaths.Fixture("000"));

    [Fact]
    public void A_missing_section_is_reported_and_the_others_still_bind()
    {
        string text = Fixture000.Replace("六、其他需要报告的事项", "本单位无其他说明");
        var report = Reports.FromText(text);
        Assert.False(report.Section("other")!.IsFound);
        Assert.Null(report.Section("other")!.Match);
        Assert.All(report.Sections.Where(s => s.Definition.Key != "other"), s => Assert.True(s.IsFound));
    }

    [Fact]
    public void An_alias_binds_and_says_so()
    {
        var report = Reports.FromText(Fixture000.Replace("六、其他需要报告的事项", "六、其他报告的事项"));
        Assert.Equal(SectionMatch.Alias, report.Section("other")!.Match);
    }

    [Fact]
    public void A_reworded_heading_binds_by_its_number_in_sequence()
    {
        var report = Reports.FromText(Fixture000.Replace("五、存在的主要问题及改进情况", "五、问题与不足"));
        var section = report.Section("problems")!;
        Assert.Equal(SectionMatch.NumberOnly, section.Match);
        Assert.Equal("五、问题与不足", section.Heading!.Text);
    }

    [Fact]
    public void A_number_out_of_sequence_does_not_bind()
    {
        // 三、 inside section 五 does not continue the sequence (五 → 六), so it is only a sub-heading.
        var report = Reports.FromText(Fixture000.Replace("(二) 改进措施。", "三、改进措施"));
        Assert.Single(report.Section("applications")!.Headings);
    }

    [Fact]
    public void The_binder_emits_bound_rows_in_source_order_with_their_cells_in_column_order()
    {
        var report = Reports.FromText(Fixture000);
        var source = report.Document.Source;
        var table = report.Table("active")!;
        Assert.Equal(["规章", "行政规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费"], table.Rows.Select(r => r.Row.Label));
        Assert.Equal([27, 28, 31, 34, 35, 38], table.Rows.Select(r => source.GetLinePosition(r.Source.Span.Start).Line));
        Assert.Equal(Enumerable.Range(0, table.Rows.Count), table.Rows.Select(r => r.Index));
        foreach (var row in table.Rows)
        {
            Assert.Equal(table.Definition.PartOf(row.Row).ColumnLeaves, row.Cells.Select(c => c.Column));
            Assert.All(row.Cells, c => Assert.Same(row.Source, c.SourceRow));
            Assert.All(row.Cells, c => Assert.Same(row.Row, c.Row));
            Assert.Same(row, table.Row(row.Row));
            Assert.All(row.Cells, c => Assert.Same(c, table.Cell(row.Row, c.Column)));
        }
        Assert.Equal(["0", "0", "0"], table.Rows[0].Cells.Select(c => c.Cell!.Text));
        // The flat list is the rows' cells, row by row, each at its index.
        Assert.Equal(table.Rows.SelectMany(r => r.Cells), table.Cells);
        Assert.Equal(Enumerable.Range(0, table.Cells.Count), table.Cells.Select(c => c.Index));
    }

    [Fact]
    public void A_row_the_report_does_not_show_has_no_bound_row_and_no_cells()
    {
        var report = Reports.FromText(Fixture000.Replace("\t\t2. 重复申请\t", "\t\t2. 重复提交\t"));
        var table = report.Table("applications")!;
        var missing = Assert.Single(table.MissingRows);
        Assert.Null(table.Row(missing));
        Assert.DoesNotContain(table.Rows, r => r.Row == missing);
        Assert.Null(table.Cell(missing, table.Definition.PartOf(missing).ColumnLeaves[0]));
    }

    [Fact]
    public void A_row_with_an_unknown_label_is_kept_as_unbound_and_its_template_row_as_missing()
    {
        var report = Reports.FromText(Fixture000.Replace("\t\t2. 重复申请\t", "\t\t2. 重复提交\t"));
        var table = report.Table("applications")!;
        Assert.Equal(UnboundRowReason.Unrecognized, Assert.Single(table.UnboundRows).Reason);
        Assert.Equal(61, report.Document.Source.GetLinePosition(table.UnboundRows[0].Row.Span.Start).Line);
        Assert.Equal("results.not_processed.repeated", Assert.Single(table.MissingRows).Path);
    }

    [Fact]
    public void A_short_row_leaves_its_last_cells_missing()
    {
        var report = Reports.FromText(Fixture000.Replace("行政规范性文件\t0\t0\t0", "行政规范性文件\t0\t0"));
        var cell = report.Table("active")!.Cell("行政规范性文件", "现行有效件数")!;
        Assert.Null(cell.Cell);
        Assert.Equal(28, report.Document.Source.GetLinePosition(cell.SourceRow.Span.Start).Line);
    }

    [Fact]
    public void A_blank_first_value_is_kept_in_its_column()
    {
        var report = Reports.FromText(Fixture000.Replace("规章\t0\t0\t0", "规章\t\t0\t0"));
        var table = report.Table("active")!;
        Assert.Equal(Documents.CellValueKind.Empty, table.Cell("规章", "本年制发件数")!.Cell!.Value.Kind);
        Assert.Equal(0, table.Cell("规章", "现行有效件数")!.Number);
    }

    [Fact]
    public void A_table_outside_its_section_is_still_found_and_says_where_it_is()
    {
        string text = Fixture000;
        int start = text.IndexOf("第二十条第（一）项", StringComparison.Ordinal);
        int end = text.IndexOf("三、收到和处理", StringComparison.Ordinal);
        string table = text[start..end];
        text = text.Remove(start, end - start).Replace("无其他需要报告的事项。", "无其他需要报告的事项。\n\n" + table);
        var bound = Reports.FromText(text).Table("active")!;
        Assert.True(bound.IsFound);
        Assert.Equal("other", bound.FoundIn!.Definition.Key);
    }

    [Fact]
    public void Reader_is_chosen_by_extension_then_by_content()
    {
        var reader = Reports.Reader;
        Assert.Equal("markdown", reader.Read(new SourceText("正文", "a.md")).Format);
        Assert.Equal("text", reader.Read(new SourceText("# 标题\n", "a.txt")).Format);
        Assert.Equal("markdown", reader.Read(new SourceText("# 标题\n| a | b |\n", "a.report")).Format);
        Assert.Equal("text", reader.Read(new SourceText("一、总体情况\n", "noextension")).Format);
    }
}
