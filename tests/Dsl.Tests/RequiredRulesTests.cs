using GovInfo.Tests;

namespace GovInfo.Dsl.Tests;

/// <summary>The three rules the rule-language issue asks to express, on the fixtures and on copies with the identity broken.</summary>
public class RequiredRulesTests
{
    public static TheoryData<string> Fixtures() => new(TestPaths.AllFixtures.Select(Path.GetFileName)!);

    private static Report.Binding.Report Variant(string fixture, string from, string to)
    {
        string text = File.ReadAllText(TestPaths.Fixture(fixture));
        Assert.Contains(from, text);
        return Reports.FromText(text.Replace(from, to));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void No_findings_on_the_real_reports(string name)
    {
        var report = Reports.Load(Path.Combine(TestPaths.Fixtures, name));
        foreach (var id in new[] { "GI3001", "GI4001", "GI5001" })
            Assert.Empty(Rules.Run(id, report));
    }

    [Fact]
    public void GI3001_reports_each_column_whose_identity_breaks()
    {
        // 001 line 41: 本年新收 自然人 42 → 43 breaks the 自然人 column and the 总计 stays as it was.
        var report = Variant("001", "一、本年新收政府信息公开申请数量\t\t42\t", "一、本年新收政府信息公开申请数量\t\t43\t");
        var finding = Assert.Single(Rules.Run("GI3001", report));
        Assert.Equal("41:19", Rules.At(report, finding.Primary));
        Assert.Contains("“自然人”列", finding.Message);
        Assert.Contains("为 44", finding.Message);
        Assert.Contains("为 43", finding.Message);
        Assert.Equal(["42:19", "64:9", "65:14"], finding.Related.Select(r => Rules.At(report, r)));
    }

    [Fact]
    public void GI3001_says_nothing_when_a_cell_is_not_a_number()
    {
        var report = Variant("001", "一、本年新收政府信息公开申请数量\t\t42\t", "一、本年新收政府信息公开申请数量\t\t/\t");
        Assert.Empty(Rules.Run("GI3001", report));
    }

    [Fact]
    public void GI4001_locates_the_narrative_number_and_relates_the_table_cell()
    {
        var report = Variant("001", "受理政府信息公开申请 57 件", "受理政府信息公开申请 58 件");
        var finding = Assert.Single(Rules.Run("GI4001", report));
        Assert.Equal("11:54", Rules.At(report, finding.Primary));
        Assert.Equal(2, finding.Primary.Length);
        Assert.Contains("41:33", finding.Related.Select(r => Rules.At(report, r)));
        Assert.Equal("正文称收到申请 58 件，但申请情况表本年新收总计为 56、加上年结转为 57。", finding.Message);
    }

    [Fact]
    public void GI4001_accepts_either_count()
    {
        // 001 states 57 = 本年新收 56 + 上年结转 1; 56 alone is also correct.
        Assert.Empty(Rules.Run("GI4001", Variant("001", "受理政府信息公开申请 57 件", "受理政府信息公开申请 56 件")));
    }

    [Fact]
    public void GI5001_locates_the_heading_of_a_section_six_without_a_fee_statement()
    {
        var report = Variant("000", "本单位在办理 2024 年度信息公开申请中未收取信息处理费。", "本单位认真办理各项申请。");
        var finding = Assert.Single(Rules.Run("GI5001", report));
        Assert.Equal("90:1", Rules.At(report, finding.Primary));
        Assert.Equal("六、其他需要报告的事项", report.Document.Source[finding.Primary]);
    }
}
