using GovInfo.Report.Binding;
using GovInfo.Report.Documents;

using GovInfo.Tests;

namespace GovInfo.Report.Tests;

/// <summary>The five real reports in ../shared/fixtures bind completely, with exact values and positions.</summary>
public class FixtureBindingTests
{
    public static TheoryData<string> Fixtures() => new(TestPaths.AllFixtures.Select(Path.GetFileName)!);

    public static TheoryData<string> Samples() => new(Directory.GetFiles(TestPaths.Samples).Where(f => !f.EndsWith("README.md")).Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_binds_completely(string name) => AssertBindsCompletely(Reports.Load(Path.Combine(TestPaths.Fixtures, name)));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_binds_completely(string name) => AssertBindsCompletely(Reports.Load(Path.Combine(TestPaths.Samples, name)));

    internal static void AssertBindsCompletely(Binding.Report report)
    {
        Assert.All(report.Sections, s => Assert.True(s.IsFound, $"{s.Definition.OfficialHeading} 缺失"));
        Assert.Equal(report.Template.Sections.Select(s => s.Key), report.Sections.Select(s => s.Definition.Key));
        Assert.All(report.Sections, s => Assert.Equal(SectionMatch.Official, s.Match));
        Assert.NotNull(report.Title?.Year);
        Assert.NotNull(report.Title?.Issuer);
        foreach (var table in report.Tables)
        {
            Assert.True(table.IsFound, $"{table.Definition.Key} 未找到");
            Assert.Equal(table.Definition.SectionKey, table.FoundIn?.Definition.Key);
            Assert.Empty(table.MissingRows);
            Assert.Empty(table.MissingColumns);
            Assert.Empty(table.UnboundRows);
            int expectedCells = table.Definition.Parts.Sum(p => p.RowLeaves.Count * p.ColumnLeaves.Count);
            Assert.Equal(expectedCells, table.Cells.Count);
            Assert.All(table.Cells, c => Assert.True(c.Cell is not null, $"{c.Row} × {c.Column} 缺少单元格"));
        }
        // 25 rows: 一 二, (一) (二), 8 + 3 + 5 + 3 sub-items, (七), 四.
        Assert.Equal(25 * 7, report.Table("applications")!.Cells.Count);
        Assert.Equal(15, report.Table("reviews")!.Cells.Count);
        Assert.Equal(2 * 3 + 1 + 2 + 1, report.Table("active")!.Cells.Count);
    }

    [Theory]
    // 000: the 3. 其他 row shifted to the first column still belongs to （六）其他处理.
    [InlineData("000", "applications", "其他处理/其他", "自然人", 0, "67:8")]
    [InlineData("000", "applications", "其他处理/其他", "总计", 0, "67:20")]
    [InlineData("000", "applications", "总计", "总计", 0, "68:21")]
    [InlineData("000", "active", "行政许可", "本年处理决定数量", 0, "31:6")]
    [InlineData("000", "reviews", "复议后起诉/总计", "", 0, "76:29")]
    [InlineData("001", "applications", "本年新收", "自然人", 42, "41:19")]
    [InlineData("001", "applications", "本年新收", "商业企业", 10, "41:22")]
    [InlineData("001", "applications", "本年新收", "总计", 56, "41:33")]
    [InlineData("001", "applications", "上年结转", "总计", 1, "42:31")]
    [InlineData("001", "applications", "不予公开/保护第三方合法权益", "自然人", 3, "48:16")]
    [InlineData("001", "applications", "本机关不掌握相关政府信息", "法人或其他组织/商业企业", 8, "53:30")]
    [InlineData("001", "applications", "其他处理/其他", "自然人", 1, "63:8")]
    [InlineData("001", "applications", "（七）总计", "总计", 57, "64:23")]
    [InlineData("001", "active", "行政规范性文件", "现行有效件数", 9, "24:13")]
    [InlineData("001", "reviews", "行政复议/结果纠正", "", 1, "72:3")]
    [InlineData("001", "reviews", "行政复议/总计", "", 1, "72:9")]
    // 002: the （七）总计 row shifted one cell left (no empty cell after its label).
    [InlineData("002", "applications", "总计", "自然人", 2, "74:8")]
    [InlineData("002", "applications", "总计", "总计", 2, "74:20")]
    [InlineData("002", "applications", "予以公开", "自然人", 2, "53:20")]
    [InlineData("002", "active", "行政处罚", "本年处理决定数量", 17, "40:6")]
    [InlineData("002", "active", "行政规范性文件", "本年制发件数", 1, "34:9")]
    [InlineData("003", "applications", "本机关不掌握相关政府信息", "自然人", 17, "53:27")]
    [InlineData("003", "applications", "本年新收", "总计", 25, "41:32")]
    [InlineData("003", "active", "行政规范性文件", "现行有效件数", 10, "24:13")]
    [InlineData("003", "active", "行政规范性文件", "本年废止件数", 3, "24:11")]
    [InlineData("003", "reviews", "行政复议/结果维持", "", 1, "72:1")]
    [InlineData("003", "reviews", "复议后起诉/总计", "", 1, "72:29")]
    [InlineData("004", "applications", "结转下年度继续办理", "总计", 0, "75:26")]
    [InlineData("004", "active", "行政事业性收费", "本年收费金额", 0, "44:9")]
    [InlineData("004", "reviews", "未经复议直接起诉/尚未审结", "", 0, "82:17")]
    public void Fixture_cell_has_value_and_position(string fixture, string table, string row, string column, int value, string at)
    {
        var report = Reports.Load(TestPaths.Fixture(fixture));
        var bound = report.Table(table)!;
        // The 复议/诉讼 table has one unlabeled data row: its cells are addressed by column alone.
        var cell = column.Length == 0
            ? bound.Cells.Single(c => bound.Definition.FindColumns(c.Row, row).Contains(c.Column))
            : bound.Cell(row, column);
        Assert.NotNull(cell?.Cell);
        Assert.Equal(value, cell.Number);
        Assert.Equal(at, report.Document.Source.GetLinePosition(cell.Cell.Span.Start).ToString());
        Assert.Equal(cell.Cell.Text, report.Document.Source[cell.Cell.Span]);
    }

    [Fact]
    public void Duplicated_overview_heading_of_000_is_two_headings()
    {
        var report = Reports.Load(TestPaths.Fixture("000"));
        var overview = report.Document.Headings.Where(h => h.Text == "一、总体情况").ToList();
        Assert.Equal([5, 9], overview.Select(h => report.Document.Source.GetLinePosition(h.Span.Start).Line));
        Assert.Equal(overview, report.Section("overview")!.Headings);
    }

    [Fact]
    public void Table_rows_that_start_with_section_numbering_are_not_headings()
    {
        var report = Reports.Load(TestPaths.Fixture("000"));
        Assert.DoesNotContain(report.Document.Headings, h => h.Text.Contains("本年新收") || h.Text.Contains("结转下年度"));
        // Six sections, one of them written twice.
        Assert.Equal(7, report.Document.Headings.Count(h => h.Numbering?.Style == NumberingStyle.ChineseComma));
    }

    [Theory]
    [InlineData("000", "三门峡市湖滨区行政审批政务信息管理局", 2024, "3:20")]
    [InlineData("001", "平顶山市城乡一体化示范区", 2024, "3:16")]
    [InlineData("002", "大峪镇人民政府", 2023, "3:9")]
    public void Title_names_issuer_and_year(string fixture, string issuer, int year, string yearAt)
    {
        var report = Reports.Load(TestPaths.Fixture(fixture));
        Assert.Equal(issuer, report.Title!.Issuer);
        Assert.Equal(year, report.Title.Year);
        Assert.Equal(yearAt, report.Document.Source.GetLinePosition(report.Title.YearSpan!.Value.Start).ToString());
    }

    [Fact]
    public void Markdown_headings_at_mixed_levels_all_bind_in_004()
    {
        var report = Reports.Load(TestPaths.Fixture("004"));
        Assert.Equal([2, 2, 3, 4, 4, 4], report.Sections.Select(s => s.Heading!.Level));
        Assert.Equal(5, report.Section("overview")!.Blocks.OfType<Heading>().Count(h => h.Numbering?.Style == NumberingStyle.ChineseParenthesized));
    }
}
