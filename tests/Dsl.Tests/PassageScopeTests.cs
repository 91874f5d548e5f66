using GovInfo.Dsl.Rules;
using GovInfo.Dsl.Runtime;
using GovInfo.Tests;

namespace GovInfo.Dsl.Tests;

/// <summary>The passage scope (title, headings, paragraphs, list items, text cells of tables) and GI6003, which runs on it.</summary>
public class PassageScopeTests
{
    private const string Report = """
        某某局 2024 年政府信息公开工作年度报告

        一、总体情况甲

        正文甲段落。

        - 列表甲项

        项目甲	数量
        行政许可甲	12
        行政处罚	3

        """;

    private static List<RuleFinding> RunRule(string body, string text)
    {
        var set = Rules.FromYaml($"""
            rules:
              - id: GI9902
                title: 测试
                severity: warning
                category: 测试
                description: 测试规则
                examples: {"{"} invalid: [甲], valid: [乙] {"}"}
            {body}
            """);
        Assert.True(set.Errors.Count == 0, string.Join("\n", set.Errors.Select(e => e.Render())));
        return Assert.Single(set.Rules).Evaluate(new ReportView(Reports.FromText(text)));
    }

    [Fact]
    public void Every_kind_of_text_is_a_passage_in_document_order_and_number_cells_are_not()
    {
        var report = Reports.FromText(Report);
        var findings = RunRule("""
                scope: passage
                forbid: /甲|^\d+$/
                message: "{passage.kind}"
            """, Report);
        Assert.Equal(["heading", "paragraph", "item", "cell", "cell"], findings.Select(f => f.Message));
        Assert.Equal(["3:7", "5:3", "7:5", "9:3", "10:5"], findings.Select(f => Rules.At(report, f.Primary)));
    }

    [Fact]
    public void The_title_is_a_passage_and_its_text_is_the_title()
    {
        var findings = RunRule("""
                scope: passage
                where: passage.kind == "title"
                forbid: /年度报告$/
                message: "{passage.text}"
            """, Report);
        Assert.Equal(["某某局 2024 年政府信息公开工作年度报告"], findings.Select(f => f.Message));
    }

    private static List<(string At, string Fix)> GI6003(string text)
    {
        var report = Reports.FromText(text);
        return Rules.Run("GI6003", report).Select(f => (Rules.At(report, f.Primary) + "+" + f.Primary.Length, f.Fix!.Replacement)).ToList();
    }

    [Theory]
    [InlineData("严格按照条例要求,完善办理流程。", "1:9+1", "，")]
    [InlineData("部分公开 (区分处理的, 只计这一情形)。", "1:12+2", "，")]   // one space after it goes too
    [InlineData("（一）存在的主要问题:\n\n更新不及时。", "1:11+1", "：")]    // end of the line
    [InlineData("是否收费?是。", "1:5+1", "？")]
    [InlineData("坚决落实;不打折扣!\n", "1:5+1", "；")]
    public void GI6003_reports_the_mark_after_a_Chinese_character_before_one_a_space_and_one_or_the_line_end(string text, string at, string fix)
        => Assert.Equal((at, fix), GI6003(text)[0]);

    [Theory]
    [InlineData("于 2024 年 1 月 5 日 16:34 发布。")]                        // a time
    [InlineData("网址为 https://www.example.gov.cn/a,b;c 的页面。")]          // a URL
    [InlineData("收费 12.5 万元，共 3,000 件。")]                             // numbers
    [InlineData("Title: 某某局年度报告。")]                                    // key: value after ASCII
    [InlineData("一是完善制度 (详见附件),二是加强培训。")]                   // after a bracket
    [InlineData("共办理 3 件,  其中 2 件。")]                                 // after a digit
    [InlineData("存在的问题,  两个空格。")]                                   // two spaces: not the catalog's case
    public void GI6003_leaves_alone_what_is_not_after_a_Chinese_character_or_not_before_Chinese(string text)
        => Assert.Empty(GI6003(text));

    [Fact]
    public void GI6003_reads_table_labels_and_not_only_paragraphs()
    {
        const string text = "项目\t数量\n(二) 部分公开 (区分处理的, 只计这一情形)\t0\n(三) 不予公开\t1\n";
        Assert.Equal([("2:16+2", "，")], GI6003(text));
    }

    [Fact]
    public void GI6003_counts_the_line_end_of_a_colon_in_a_hard_wrapped_paragraph()
    {
        const string text = "一是存在问题:\n部分栏目更新不及时。";
        Assert.Equal([("1:7+1", "：")], GI6003(text));
    }
}
