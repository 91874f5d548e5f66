using GovInfo.Dsl.Errors;
using GovInfo.Dsl.Functions;
using GovInfo.Dsl.Rules;
using GovInfo.Dsl.Runtime;
using GovInfo.Dsl.Types;
using GovInfo.Tests;

namespace GovInfo.Dsl.Tests;

/// <summary>The rule keys one by one: where, for, let, forbid + unless + fix, require + at, message holes; and the safety limits.</summary>
public class RuleFeatureTests
{
    private const string Header = """
        rules:
          - id: GI9901
            title: 测试
            severity: warning
            category: 测试
            description: 测试规则
            examples: { invalid: [甲], valid: [乙] }

        """;

    private static List<RuleFinding> Run(string ruleBody, string reportText, string path = "t.txt")
    {
        var set = Rules.FromYaml(Header + ruleBody);
        Assert.True(set.Errors.Count == 0, string.Join("\n", set.Errors.Select(e => e.Render())));
        return Assert.Single(set.Rules).Evaluate(new ReportView(Reports.FromText(reportText, path)));
    }

    private static string Fixture(string prefix) => File.ReadAllText(TestPaths.Fixture(prefix));

    [Fact]
    public void Forbid_finds_every_match_with_unless_and_offers_a_fix()
    {
        const string rule = """
                scope: paragraph
                forbid: /(?<=\p{IsCJKUnifiedIdeographs})\s*(?<word>[A-Za-z]+)\s*(?=\p{IsCJKUnifiedIdeographs})/
                unless: group(match, "word") matches /^(AI|H5|IPV6)$/
                message: 中文之间出现英文单词“{group(match, "word")}”。
                fix: 和
            """;
        var findings = Run(rule, "思想 and 党的精神，推广 AI 应用。\n\n平台 or 网站。\n");
        Assert.Equal(["中文之间出现英文单词“and”。", "中文之间出现英文单词“or”。"], findings.Select(f => f.Message));
        Assert.Equal(" and ", "思想 and 党的精神"[2..7]);
        Assert.Equal(new Report.Text.TextSpan(2, 5), findings[0].Primary);
        Assert.Equal("和", findings[0].Fix!.Replacement);
        Assert.Equal(findings[0].Primary, findings[0].Fix!.Span);
    }

    [Fact]
    public void Before_orders_by_position_and_a_false_result_points_at_both_values()
    {
        const string rule = """
                scope: document
                assert: section(2).heading.before(section(1).heading)
                message: 顺序
            """;
        string text = Fixture("000");
        var report = Reports.FromText(text);
        var finding = Assert.Single(Run(rule, text));
        Assert.Equal("23:1", Rules.At(report, finding.Primary));
        Assert.Equal(["5:1"], finding.Related.Select(r => Rules.At(report, r)));
    }

    [Theory]
    [InlineData("section(1).heading.before(section(2).heading)")]
    [InlineData("first(section(1).paragraphs).before(section(2).heading)")]
    [InlineData("section(1).heading.before(first(section(1).paragraphs))")]
    [InlineData("first(section(2).sentences).before(first(section(3).sentences))")]
    [InlineData("not section(2).heading.before(section(2).heading)")]
    [InlineData("not first(section(3).paragraphs).before(section(2).heading)")]
    public void Before_holds_for_parts_in_report_order(string condition)
    {
        var findings = Run($"""
                scope: document
                assert: {condition}
                message: 顺序
            """, Fixture("000"));
        Assert.Empty(findings);
    }

    [Fact]
    public void Before_with_a_missing_part_is_unknown_and_reports_nothing()
    {
        string text = Fixture("000").Replace("六、其他需要报告的事项", "本单位无其他说明");
        Assert.Empty(Run("""
                scope: document
                assert: section(6).heading.before(section(1).heading)
                message: 顺序
            """, text));
    }

    [Theory]
    [InlineData("section.heading.line > 0", "line")]
    [InlineData("exists(section.heading.where)", "where")]
    [InlineData("first(section.paragraphs).line > 0", "line")]
    public void Line_numbers_are_not_part_of_the_language(string condition, string property)
    {
        var set = Rules.FromYaml(Header.Replace("examples:", $"scope: section\n    assert: {condition}\n    message: 行\n    examples:"));
        var error = Assert.Single(set.Errors);
        Assert.Equal(DslErrorCodes.UnknownName, error.Code);
        Assert.Contains($"没有属性 “{property}”", error.Message);
    }

    [Fact]
    public void Related_lists_the_places_its_value_carries_without_repeating_the_primary_location()
    {
        string text = Fixture("000");
        var report = Reports.FromText(text);
        const string rule = """
                scope: section
                for: h in section.duplicates
                assert: false
                at: h
                related: {0}
                message: 重复
            """;
        var finding = Assert.Single(Run(rule.Replace("{0}", "section.heading"), text));
        Assert.Equal("9:1", Rules.At(report, finding.Primary));
        Assert.Equal(["5:1"], finding.Related.Select(r => Rules.At(report, r)));
        // A list: each element's place, the primary one left out.
        finding = Assert.Single(Run(rule.Replace("{0}", "section.headings"), text));
        Assert.Equal(["5:1"], finding.Related.Select(r => Rules.At(report, r)).Distinct());
        Assert.DoesNotContain(finding.Primary, finding.Related);
        finding = Assert.Single(Run(rule.Replace("{0}", "\"[h, section.heading]\""), text));
        Assert.Equal(["5:1"], finding.Related.Select(r => Rules.At(report, r)));
    }

    [Fact]
    public void Related_follows_the_other_values_of_the_failing_comparison()
    {
        string text = Fixture("000");
        var report = Reports.FromText(text);
        var finding = Assert.Single(Run("""
                scope: document
                assert: section(2).heading.before(section(1).heading)
                related: section(3).heading
                message: 顺序
            """, text));
        Assert.Equal("23:1", Rules.At(report, finding.Primary));
        Assert.Equal(["5:1", "40:1"], finding.Related.Select(r => Rules.At(report, r)));
    }

    [Fact]
    public void Where_filters_scope_nodes_and_require_locates_at()
    {
        const string rule = """
                scope: section
                where: section.number == 5
                require: /改进/
                at: section.heading
                message: 第五部分没有写改进情况。
            """;
        string text = Fixture("003").Replace("下一步将从", "下一步将从").Replace("改进", "完善");
        var finding = Assert.Single(Run(rule, text));
        Assert.Equal("五、存在的主要问题及完善情况", Reports.FromText(text).Document.Source[finding.Primary]);
    }

    [Fact]
    public void For_and_let_give_one_finding_per_failing_element_with_interpolated_values()
    {
        const string rule = """
                scope: row
                table: applications
                for: c in row.cells
                let:
                  v: c.value
                assert: v < 10
                message: "{row.label}/{c.column.label} = {v}"
            """;
        var findings = Run(rule, Fixture("001"));
        Assert.Contains("本年新收政府信息公开申请数量/自然人 = 42", findings.Select(f => f.Message));
        Assert.Contains("本年度办理结果 / 总计".Split(" / ")[1] + "/总计 = 57", findings.Select(f => f.Message));
        Assert.All(findings, f => Assert.True(f.Primary.Length > 0));
    }

    [Fact]
    public void A_for_rule_computes_a_node_invariant_call_once_but_a_call_reading_the_loop_variable_per_item()
    {
        const string rule = """
                scope: table
                table: applications
                for: c in table.columns
                let:
                  big: count(table.rows.filter(r => r[c] > 5))
                  all: count(table.rows.filter(r => r.key != ""))
                assert: big == 0
                message: "{c.label}: {big}/{all}"
            """;
        var text = Fixture("001");
        var view = new ReportView(Reports.FromText(text));
        var rows = view.Rows.Where(r => r.Table.Definition.Key == "applications").ToList();
        var expected = rows[0].Table.Definition.Parts.SelectMany(p => p.ColumnLeaves).Distinct()
            .Select(col => (col.Label, Big: rows.Count(r => r.Cells.FirstOrDefault(x => x.Column == col)?.Number > 5)))
            .Where(x => x.Big > 0).Select(x => $"{x.Label}: {x.Big}/{rows.Count}").ToList();
        Assert.True(expected.Select(e => e.Split('/')[0]).Distinct().Count() > 1);
        Assert.Equal(expected, Run(rule, text).Select(f => f.Message));
    }

    [Fact]
    public void A_catastrophic_regex_times_out_with_a_finding_of_its_own_instead_of_hanging_or_passing()
    {
        var set = Rules.FromYaml(Header + """
                scope: document
                forbid: /(?=a)(a+)+$/
                message: 不会出现
            """);
        var rule = Assert.Single(set.Rules);
        var view = new ReportView(Reports.FromText(new string('a', 40_000) + "!"));
        var context = rule.NewContext(view);
        var findings = new List<RuleFinding>();
        var started = System.Diagnostics.Stopwatch.StartNew();
        foreach (var node in ScopeNodes.Enumerate(view, ScopeKind.Document)) rule.Evaluate(context, node, findings);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(20));

        var timeout = Assert.Single(findings);
        Assert.Equal("GI9901", timeout.Rule.Id);
        Assert.Equal("正则表达式超时，结果不完整：/(?=a)(a+)+$/ 未能在 1000 毫秒内完成匹配，此规则已在本报告上停止。", timeout.Message);
        Assert.Equal(Severity.Warning, timeout.MaxSeverity);
        Assert.Empty(context.RegexTimeouts);
        // At most a warning: an error rule's timeout is a warning, an info rule's stays info.
        Assert.Equal(Severity.Warning, timeout.SeverityWhen(Severity.Error));
        Assert.Equal(Severity.Info, timeout.SeverityWhen(Severity.Info));
    }

    [Fact]
    public void A_regex_timing_out_in_a_for_rule_is_said_once_per_node_and_pattern()
    {
        var findings = Run("""
                scope: document
                for: t in [text, text]
                assert: not (t matches /(?=a)(a+)+$/)
                message: 不会出现
            """, new string('a', 40_000) + "!");
        Assert.Equal(["正则表达式超时，结果不完整：/(?=a)(a+)+$/ 未能在 1000 毫秒内完成匹配，此规则已在本报告上停止。"], findings.Select(f => f.Message));
    }

    [Fact]
    public void Functions_added_by_a_pack_are_usable_without_touching_the_grammar()
    {
        var registry = new FunctionRegistry([new BuiltinFunctions(), new DoublePack()]);
        var loader = new RuleLoader(Reports.Template, registry);
        string path = Path.Combine(Path.GetTempPath(), $"govlint-pack-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, Header + """
                scope: document
                assert: twice(applications["本年新收", "总计"]) == 112
                message: 不应出现
            """);
        try
        {
            var set = loader.Load([path]);
            Assert.Empty(set.Errors);
            Assert.Empty(set.Rules[0].Evaluate(new ReportView(Reports.Load(TestPaths.Fixture("001")))));
            Assert.Equal(DslErrorCodes.UnknownName, Rules.Loader.Load([path]).Errors.Single().Code);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_simple_function_has_up_to_three_parameters_and_a_fourth_is_refused_when_it_is_made()
    {
        var registry = new FunctionRegistry([new BuiltinFunctions(), new DoublePack()]);
        var set = new RuleLoader(Reports.Template, registry).Load([WriteRule("""
                scope: document
                assert: sum3(1, 2, applications["本年新收", "总计"]) == 0
                message: "{sum3(1, 2, 3)}"
            """, out string path)]);
        try
        {
            Assert.Empty(set.Errors);
            var finding = Assert.Single(set.Rules[0].Evaluate(new ReportView(Reports.Load(TestPaths.Fixture("001")))));
            Assert.Equal("6", finding.Message);
        }
        finally
        {
            File.Delete(path);
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => new SimpleFunction("sum4", "", [DslType.Number, DslType.Number, DslType.Number, DslType.Number],
            DslType.Number, (args, _) => args[0]));
    }

    private static string WriteRule(string body, out string path)
    {
        path = Path.Combine(Path.GetTempPath(), $"govlint-pack-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, Header + body);
        return path;
    }

    private sealed class DoublePack : IFunctionPack
    {
        public IEnumerable<DslFunction> Functions =>
        [
            new SimpleFunction("twice", "twice(数)：乘以二", [DslType.Number], DslType.Number,
                (args, _) => new NumberValue(((NumberValue)args[0]).Number * 2, args[0].Origins)),
            new SimpleFunction("sum3", "sum3(数, 数, 数)：三数之和", [DslType.Number, DslType.Number, DslType.Number], DslType.Number,
                (args, _) => new NumberValue(((NumberValue)args[0]).Number + ((NumberValue)args[1]).Number + ((NumberValue)args[2]).Number, args[2].Origins)),
        ];
    }
}
