using GovInfo.Report.Binding;
using GovInfo.Tests;

namespace GovInfo.Report.Tests;

/// <summary>The binder's verdict on each official table, recorded once, and tables printed in pieces bound as one.</summary>
public class TableAssessmentTests
{
    private static readonly string Sample = File.ReadAllText(Path.Combine(TestPaths.Samples, "county-market-2024.txt"));

    private static BoundTable Applications(string text) => Reports.FromText(text).Table("applications")!;

    [Fact]
    public void The_sample_tables_can_all_be_checked()
    {
        var report = Reports.FromText(Sample);

        Assert.All(report.Tables, t => Assert.Equal(TableState.Ok, t.Assessment.State));
        Assert.True(report.IsStructureRecognized);
    }

    [Fact]
    public void A_table_broken_by_a_line_of_text_is_bound_as_one_from_both_pieces()
    {
        const string cut = "\t\t8. 属于行政查询事项\t0\t0\t0\t0\t0\t0\t0\n";
        Assert.Contains(cut, Sample);
        var table = Applications(Sample.Replace(cut, cut + "（续表）\n"));

        Assert.Equal(2, table.Pieces.Count);
        Assert.Empty(table.MissingRows);
        Assert.True(table.IsAssessable);
        Assert.NotNull(table.Cell("重复申请", "总计"));
    }

    [Fact]
    public void A_piece_is_not_taken_from_another_section()
    {
        const string cut = "\t\t8. 属于行政查询事项\t0\t0\t0\t0\t0\t0\t0\n";
        var table = Applications(Sample.Replace(cut, cut + "四、政府信息公开行政复议、行政诉讼情况\n"));

        Assert.Single(table.Pieces);
        Assert.NotEmpty(table.MissingRows);
    }

    [Fact]
    public void Most_rows_missing_makes_a_table_damaged()
    {
        int start = Sample.IndexOf("\t(二) 部分公开", StringComparison.Ordinal);
        int end = Sample.IndexOf("(七) 总计", StringComparison.Ordinal);
        var table = Applications(Sample[..start] + Sample[end..]);

        Assert.Equal(TableState.Damaged, table.Assessment.State);
        Assert.Contains("25", table.Assessment.Problem);
    }

    [Fact]
    public void Labels_followed_by_digits_in_the_text_are_a_flattened_table()
    {
        const string heading = "三、收到和处理政府信息公开申请情况";
        int start = Sample.IndexOf(heading, StringComparison.Ordinal) + heading.Length;
        int end = Sample.IndexOf("四、政府信息公开行政复议、行政诉讼情况", StringComparison.Ordinal);
        var flattened = Applications(Sample[..start] + "\n\n本年新收政府信息公开申请数量296012038上年结转政府信息公开申请数量2100003予以公开114011017\n\n" + Sample[end..]);
        var prose = Applications(Sample[..start] + "\n\n本年新收政府信息公开申请数量较上年增加，予以公开的占多数。\n\n" + Sample[end..]);

        Assert.Equal(TableState.Flattened, flattened.Assessment.State);
        Assert.Equal(TableState.Missing, prose.Assessment.State);
    }

    [Fact]
    public void Headers_run_together_before_a_digit_run_are_a_flattened_table()
    {
        const string heading = "四、政府信息公开行政复议、行政诉讼情况";
        int start = Sample.IndexOf(heading, StringComparison.Ordinal) + heading.Length;
        int end = Sample.IndexOf("五、存在的主要问题及改进情况", StringComparison.Ordinal);
        var report = Reports.FromText(Sample[..start] + "\n\n行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计2000200000\n\n" + Sample[end..]);
        var prose = Reports.FromText(Sample[..start] + "\n\n本年度行政复议结果维持，结果纠正与尚未审结的均为零，总计15件。\n\n" + Sample[end..]);

        Assert.Equal(TableState.Flattened, report.Table("reviews")!.Assessment.State);
        Assert.Equal(TableState.Missing, prose.Table("reviews")!.Assessment.State);
    }

    [Fact]
    public void Columns_whose_header_no_label_names_are_missing_once_each_in_template_order()
    {
        const string header = "\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t";
        Assert.Contains(header, Sample);
        var table = Applications(Sample.Replace(header, "\t\t\t商业企业\t甲\t社会公益组织\t乙\t其他\t\t"));

        Assert.Equal(["科研机构", "法律服务机构"], table.MissingColumns.Select(c => c.Label));
        Assert.Empty(Applications(Sample).MissingColumns);
    }

    [Fact]
    public void A_row_broken_across_a_page_takes_the_label_text_of_the_value_less_row_under_it()
    {
        const string row = "\t\t5. 属于三类内部事务信息\t0\t0\t0\t0\t0\t0\t0";
        const string header = "\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t";
        Assert.Contains(row, Sample);
        Assert.Contains(header, Sample);
        var table = Applications(Sample
            .Replace(row, "\t\t5. 属于三类内\t0\t0\t0\t0\t0\t0\t0\n\t\t部事务信息")
            .Replace(header, "\t\t\t商业企\t科研机构\t社会公益组织\t法律服务\t其他\t\t\n\t\t\t业\t\t\t机构\t\t\t"));

        Assert.Empty(table.MissingRows);
        Assert.Empty(table.MissingColumns);
        Assert.Empty(table.UnboundRows);
        Assert.NotNull(table.Cell("属于三类内部事务信息", "总计"));
    }

    [Fact]
    public void A_text_without_sections_has_no_recognised_structure()
        => Assert.False(Reports.FromText("今年我局认真贯彻落实条例。\n").IsStructureRecognized);

    [Fact]
    public void Pauses_written_as_half_width_commas_do_not_keep_a_label_from_its_row()
    {
        const string row = "1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请";
        Assert.Contains(row, Sample);
        var table = Applications(Sample.Replace(row, row.Replace("、", ", ")));

        Assert.Empty(table.MissingRows);
    }
}
