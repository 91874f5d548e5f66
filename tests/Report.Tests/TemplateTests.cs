using GovInfo.Report.Template;
using GovInfo.Report.Yaml;

using GovInfo.Tests;

namespace GovInfo.Report.Tests;

public class TemplateTests
{
    private static ReportTemplate Template => Reports.Template;

    [Fact]
    public void Shipped_template_describes_the_2021_format()
    {
        Assert.Equal(["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"],
            Template.Sections.Select(s => s.OfficialHeading));
        var applications = Template.Table("applications")!;
        Assert.Equal(25, applications.RowLeaves.Count());
        Assert.Equal(["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"], applications.Parts.Single().ColumnLeaves.Select(c => c.Label));
        Assert.Equal(15, Template.Table("reviews")!.Parts.Single().ColumnLeaves.Count);
        Assert.Equal(4, Template.Table("active")!.Parts.Count);
        Assert.True(Template.Table("active")!.FindRows("行政事业性收费").Single().Parent is null);
    }

    [Theory]
    [InlineData("本年新收", "new")]
    [InlineData("一、本年新收政府信息公开申请数量", "new")]
    [InlineData("（七）总计", "results.total")]
    [InlineData("总计", "results.total")]
    [InlineData("其他处理/其他", "results.other_handling.other")]
    [InlineData("不予公开/属于国家秘密", "results.withheld.state_secret")]
    [InlineData("部分公开", "results.partly_disclosed")]
    [InlineData("results.withheld", "results.withheld")]
    [InlineData("危及三安全一稳定", "results.withheld.three_securities")]
    public void Rows_are_found_by_label_alias_path_or_key(string name, string path)
        => Assert.Equal(path, Template.Table("applications")!.FindRows(name).Single().Path);

    [Fact]
    public void An_ambiguous_column_name_finds_every_candidate()
    {
        var reviews = Template.Table("reviews")!;
        var row = reviews.RowLeaves.Single();
        Assert.Equal(3, reviews.FindColumns(row, "总计").Count);
        Assert.Equal("litigation.after_review.total", reviews.FindColumns(row, "复议后起诉/总计").Single().Path);
        Assert.Equal("review.total", reviews.FindColumns(row, "行政复议/总计").Single().Path);
        Assert.Empty(reviews.FindColumns(row, "自然人"));
    }

    [Fact]
    public void Errors_are_all_reported_with_file_line_and_column()
    {
        const string yaml = """
            id: t
            sections:
              - key: a
                number: 一
                titel: 总体情况
            tables:
              - key: x
                section: nowhere
                columns: [{ key: c, label: C }]
                rows: oops
            """;
        var e = Assert.Throws<YamlFileException>(() => TemplateLoader.Parse(yaml, "t.yaml"));
        var messages = e.Errors.Select(x => x.ToString()).ToList();
        Assert.Contains(messages, m => m.StartsWith("t.yaml(5,5): error GIT0001: 未知的键 “titel”"));
        Assert.Contains(messages, m => m.StartsWith("t.yaml(3,5): error GIT0001: 缺少必填的键 “title”"));
        Assert.Contains(messages, m => m.StartsWith("t.yaml(8,14): error GIT0001: 没有 key 为 “nowhere” 的部分"));
        Assert.Contains(messages, m => m.StartsWith("t.yaml(10,11): error GIT0001: rows 应为列表"));
    }

    [Fact]
    public void Yaml_syntax_errors_are_located()
    {
        var e = Assert.Throws<YamlFileException>(() => TemplateLoader.Parse("id: [unclosed\n", "bad.yaml"));
        Assert.StartsWith("bad.yaml(", e.Errors.Single().ToString());
        Assert.Contains("YAML 语法错误", e.Errors.Single().Message);
    }

    [Theory]
    [InlineData("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "部分公开")]
    [InlineData("结果 维持", "结果维持")]
    [InlineData("3. 危及“三安全一稳定”", "危及三安全一稳定")]
    [InlineData("本年收费金额（单位：万元）", "本年收费金额")]
    public void Labels_match_across_brackets_blanks_quotes_numbering_and_notes(string text, string name)
        => Assert.True(LabelNormalizer.Matches(text, name));

    [Theory]
    [InlineData("不予公开", "予以公开")]
    [InlineData("其他结果", "其他")]
    [InlineData("", "")]
    public void Different_labels_do_not_match(string text, string name)
        => Assert.False(LabelNormalizer.Matches(text, name));
}
