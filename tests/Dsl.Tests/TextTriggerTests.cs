using GovInfo.Dsl.Rules;
using GovInfo.Dsl.Runtime;
using GovInfo.Tests;

namespace GovInfo.Dsl.Tests;

/// <summary>
/// A rule's trigger (<see cref="TextTrigger"/>): read only from shapes where a node without it cannot fail, and a node
/// passed over for lacking it gives exactly the findings an evaluation would have given.
/// </summary>
public class TextTriggerTests
{
    private static CompiledRule Compile(string body)
    {
        var set = Rules.FromYaml($"""
            rules:
              - id: GI9903
                title: 测试
                severity: warning
                category: 测试
                description: 测试规则
                examples: {"{"} invalid: [甲], valid: [乙] {"}"}
                {body}
            """);
        Assert.True(set.Errors.Count == 0, string.Join("\n", set.Errors.Select(e => e.Render())));
        return Assert.Single(set.Rules);
    }

    private static string? Trigger(string body) => Compile(body).Trigger is { } t ? string.Join(" ", t.Needles) : null;

    [Fact]
    public void The_default_packs_text_rules_get_the_triggers_of_their_patterns()
    {
        string? Of(string id) => Rules.Default.Find(id)!.Trigger is { } t ? string.Join(" ", t.Needles) : null;
        Assert.Equal("a b c d e f g h i j k l m n o p q r s t u v w x y z", Of("GI6001"));
        Assert.Equal("、", Of("GI6002"));
        Assert.Equal("! , : ; ?", Of("GI6003"));
        Assert.Equal("、、 。。 ！！ ，， ：： ；； ？？", Of("GI6005"));
        // Asserts whose searches decide them: with nothing found the condition is empty or true.
        Assert.Equal("“ ” 《 》 【 】 （ ）", Of("GI6004"));
        Assert.Equal("办结率", Of("GI4003"));
        Assert.Equal("12", Of("GI4004"));
        Assert.Equal("19 20", Of("GI4005"));
        Assert.Equal("是", Of("GI6007")); // its loop over the enumeration's items has none without one
        // GI4001 and GI4002 add table values (which may overflow on any sentence): their where says which sentences count.
        Assert.Equal("申请", Of("GI4001"));
        Assert.Equal("行政复议 行政诉讼", Of("GI4002"));
        // A require fails where there is no match; doubled(…) is not read.
        Assert.Null(Of("GI5001"));
        Assert.Null(Of("GI6006"));
    }

    [Theory]
    [InlineData("scope: paragraph\n    forbid: /甲[乙丙]/\n    message: m", "甲")]
    [InlineData("scope: paragraph\n    forbid: /甲/\n    unless: text matches /丁/\n    message: m", "甲")]
    [InlineData("scope: paragraph\n    where: text matches /乙/\n    forbid: /甲/\n    message: m", "乙")]
    [InlineData("scope: paragraph\n    where: text contains \"丙丁\" and paragraph.text matches /甲/\n    assert: false\n    message: m", "丙丁")]
    [InlineData("scope: sentence\n    where: text.matches(/甲/) or text.contains(/乙/)\n    assert: false\n    message: m", "乙 甲")]
    public void Reads_a_trigger_from_a_forbid_pattern_or_a_where_that_searches_the_text(string body, string expected)
        => Assert.Equal(expected, Trigger(body));

    [Theory]
    [InlineData("scope: paragraph\n    require: /甲/\n    message: m")] // fails where 甲 is absent
    [InlineData("scope: paragraph\n    let:\n      x: 1\n    forbid: /甲/\n    message: m")] // the let runs before the pattern
    [InlineData("scope: paragraph\n    for: i in [1]\n    forbid: /甲/\n    message: m")]
    [InlineData("scope: paragraph\n    where: paragraph.text matches /乙/ and text matches /甲/\n    forbid: /甲/\n    message: m")]
    [InlineData("scope: paragraph\n    where: not (text matches /乙/)\n    forbid: /甲/\n    message: m")]
    [InlineData("scope: paragraph\n    where: text matches /乙/ or length(text) > 3\n    forbid: /甲/\n    message: m")]
    [InlineData("scope: paragraph\n    forbid: /甲?/\n    message: m")]
    public void Has_no_trigger_where_a_node_without_one_could_still_fail(string body)
        => Assert.Null(Trigger(body));

    [Theory]
    [InlineData("let:\n      m: find(text, /甲(?<n>[0-9]+)/)\n    assert: number(group(m, \"n\")) < 5", "甲")]
    [InlineData("assert: not (text matches /甲/)", "甲")]
    [InlineData("let:\n      m: find(text, /甲/)\n    assert: not exists(m) or length(text) > 3", "甲")]
    [InlineData("for: p in [\"甲\", \"乙\"]\n    let:\n      all: findAll(text, if(p == \"甲\", /甲/, /乙/))\n    assert: count(all) == 0", "乙 甲")]
    public void Reads_a_trigger_from_an_assert_that_cannot_fail_when_its_searches_find_nothing(string body, string expected)
        => Assert.Equal(expected, Trigger("scope: sentence\n    " + body + "\n    message: m"));

    [Theory]
    [InlineData("assert: text matches /甲/")] // fails exactly where 甲 is absent
    [InlineData("assert: count(findAll(text, /甲/)) > 0")]
    [InlineData("assert: exists(find(text, /甲/))")]
    [InlineData("let:\n      x: find(text, /甲/)\n    assert: x.text == \"甲\" or length(text) > 3")] // empty or unknown: may be false
    [InlineData("let:\n      n: number(text)\n    assert: exists(find(text, /甲/)) or n > 1")] // number(text) may overflow on any node
    [InlineData("let:\n      x: length(text) + 1\n    assert: not exists(find(text, /甲/)) or x > 1")] // arithmetic may throw
    [InlineData("assert: all(findAll(text, /甲/), m => m.text == \"甲\")")] // a lambda takes steps
    [InlineData("for: i in range(1, 3)\n    assert: not (text matches /甲/)")]
    [InlineData("for: i in range(0, count(findAll(text, /甲/)) + 1)\n    assert: false")] // one item without a match
    [InlineData("where: length(text) > 1\n    assert: not (text matches /甲/)")]
    public void Has_no_trigger_for_an_assert_that_may_fail_or_throw_where_its_searches_find_nothing(string body)
        => Assert.Null(Trigger("scope: sentence\n    " + body + "\n    message: m"));

    [Fact]
    public void An_assert_passed_over_for_its_trigger_could_not_have_failed_on_generated_reports()
    {
        // Each rule against the same rule with `where: true` (no trigger is read then): the same findings on reports whose
        // nodes hold what the searches look for, parts of it, or nothing of it.
        string[] bodies =
        [
            "scope: paragraph\n    for: pair in [\"《》\", \"（）\"]\n    let:\n      opens: findAll(text, if(pair == \"《》\", /《/, /（/))\n      closes: findAll(text, if(pair == \"《》\", /》/, /）/))\n    assert: count(opens) == count(closes)\n    message: \"{pair}\"",
            "scope: sentence\n    let:\n      m: find(text, /(?<a>[0-9]+)甲(?<b>[0-9]+)/)\n      a: number(group(m, \"a\"))\n      b: number(group(m, \"b\"))\n    assert: not exists(a) or a * 2 == b or text matches /乙/\n    message: \"{a}\"",
            "scope: sentence\n    let:\n      m: find(text, /甲(?<n>[0-9])/)\n    assert: number(group(m, \"n\")) < 5 and not (text matches /乙乙/)\n    message: m",
            "scope: paragraph\n    for: i in range(1, count(findAll(text, /[一二]是/)))\n    let:\n      items: findAll(text, /[一二]是/)\n    assert: items[i].text != items[i - 1].text\n    message: m",
        ];
        const string alphabet = "《》（）甲乙0123，。一二是";
        var random = new Random(4003);
        int withFindings = 0, passedOver = 0;
        foreach (string body in bodies)
        {
            var triggered = Compile(body);
            var plain = Compile("where: true\n    " + body);
            CompareOnGeneratedReports(triggered, plain, alphabet, random, ref withFindings, ref passedOver);
        }
        Assert.True(withFindings > 50 && passedOver > 100, $"{withFindings} reports with findings, {passedOver} nodes passed over");
    }

    [Fact]
    public void A_node_passed_over_for_its_trigger_could_not_have_failed_on_generated_reports()
    {
        // Each pattern with its trigger against the same rule without one (a let makes the compiler read none): the
        // findings must be the same on reports whose paragraphs hold the trigger, parts of it, or nothing of it.
        string[] patterns =
        [
            @"(?<p>，)，+|(?<p>。)。+|(?<p>、)、+",
            @"(?<=[\u4e00-\u9fff])(?<p>[,;:?!])(?:[ ](?=[\u4e00-\u9fff])|(?=[\u4e00-\u9fff]|\r?\n|$))",
            @"(?<=[\u4e00-\u9fff，、])[ \t]*(?<word>[A-Za-z]*[a-z][A-Za-z]*)[ \t]*(?=[\u4e00-\u9fff])",
            @"、(?=等)",
            @"甲{2,}乙|丙(?:丁|。)",
        ];
        const string alphabet = "甲乙丙丁等，，。。、、,;:?! aZ";
        var random = new Random(18);
        int withFindings = 0, passedOver = 0;
        foreach (string pattern in patterns)
        {
            var triggered = Compile($"scope: paragraph\n    forbid: /{pattern}/\n    message: \"{{match.text}}\"");
            var plain = Compile($"scope: paragraph\n    let:\n      unused: 1\n    forbid: /{pattern}/\n    message: \"{{match.text}}\"");
            CompareOnGeneratedReports(triggered, plain, alphabet, random, ref withFindings, ref passedOver);
        }
        Assert.True(withFindings > 100 && passedOver > 100, $"{withFindings} reports with findings, {passedOver} paragraphs passed over");
    }

    [Fact]
    public void A_node_passed_over_spends_the_steps_of_each_item_of_its_literal_for_list()
    {
        var rule = Compile("scope: paragraph\n    for: p in [\"甲\", \"乙\", \"丙\"]\n    assert: not (text matches /丁/)\n    message: m");
        Assert.Equal(4, rule.Trigger!.Steps);
        var view = new ReportView(Reports.FromText("某某局 2024 年政府信息公开工作年度报告\n\n一、总体情况\n\n乙。\n\n丙。\n"));
        int paragraphs = ScopeNodes.Enumerate(view, ScopeKind.Paragraph).Count;
        Assert.Throws<StepBudgetExceededException>(() => rule.Evaluate(view, stepBudget: 4 * paragraphs - 1));
        Assert.Empty(rule.Evaluate(view, stepBudget: 4 * paragraphs));
    }

    [Fact]
    public void The_characters_a_trigger_searches_are_the_nodes_text_in_every_scope()
    {
        var view = new ReportView(Reports.FromText(File.ReadAllText(TestPaths.Fixture("002"))));
        int nonEmpty = 0;
        foreach (var scope in Enum.GetValues<ScopeKind>())
            foreach (var node in ScopeNodes.Enumerate(view, scope))
            {
                string chars = node.Chars.ToString();
                Assert.Equal(node.Text.Text, chars);
                if (chars.Length > 0) nonEmpty++;
            }
        Assert.True(nonEmpty > 100, $"{nonEmpty} nodes with text");
    }

    [Fact]
    public void A_node_passed_over_still_spends_its_evaluation_step()
    {
        var rule = Compile("scope: paragraph\n    forbid: /甲/\n    message: m");
        var view = new ReportView(Reports.FromText("某某局 2024 年政府信息公开工作年度报告\n\n一、总体情况\n\n乙。\n\n丙。\n"));
        int paragraphs = ScopeNodes.Enumerate(view, ScopeKind.Paragraph).Count;
        Assert.True(paragraphs >= 2);
        Assert.Throws<StepBudgetExceededException>(() => rule.Evaluate(view, stepBudget: paragraphs - 1));
        Assert.Empty(rule.Evaluate(view, stepBudget: paragraphs));
    }

    [Theory]
    [InlineData(new[] { "，，", "。。" }, "甲，乙，，", true)]
    [InlineData(new[] { "，，", "。。" }, "甲，乙。丙，", false)]
    [InlineData(new[] { "办结率", "、" }, "办结办结率", true)]
    [InlineData(new[] { "办结率", "、" }, "办结，办结", false)]
    [InlineData(new[] { "办结率", "、" }, "甲、", true)]
    [InlineData(new[] { "19", "20" }, "1 2 9 0 1", false)]
    [InlineData(new[] { "19", "20" }, "11119", true)]
    public void Occurs_finds_a_needle_of_several_characters_wherever_it_starts(string[] needles, string text, bool expected)
        => Assert.Equal(expected, new TextTrigger(needles).Occurs(text));

    [Fact]
    public void Occurs_agrees_with_a_search_for_each_needle_on_random_texts()
    {
        string[][] sets = [["，，", "。。", "、、"], ["办结率"], ["甲乙", "乙", "乙甲甲"], ["ab", "b", "ba"]];
        const string alphabet = "，。、办结率甲乙ab";
        var random = new Random(6005);
        foreach (var needles in sets)
        {
            var trigger = new TextTrigger(needles);
            for (int n = 0; n < 2_000; n++)
            {
                string text = new([.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
                Assert.Equal(needles.Any(needle => text.Contains(needle, StringComparison.Ordinal)), trigger.Occurs(text));
            }
        }
    }

    /// <summary>
    /// The findings of a rule with a trigger against the same rule without one on 150 generated reports of four paragraphs
    /// drawn from <paramref name="alphabet"/>; counts the reports with findings and the nodes the trigger passed over.
    /// </summary>
    private static void CompareOnGeneratedReports(CompiledRule triggered, CompiledRule plain, string alphabet, Random random, ref int withFindings, ref int passedOver)
    {
        Assert.NotNull(triggered.Trigger);
        Assert.Null(plain.Trigger);
        for (int n = 0; n < 150; n++)
        {
            var paragraphs = Enumerable.Range(0, 4).Select(_ => "第" + new string([.. Enumerable.Range(0, random.Next(1, 14)).Select(_ => alphabet[random.Next(alphabet.Length)])]) + "段。");
            string text = "某某局 2024 年政府信息公开工作年度报告\n\n一、总体情况\n\n" + string.Join("\n\n", paragraphs) + "\n";
            var view = new ReportView(Reports.FromText(text));
            var expected = plain.Evaluate(view).Select(f => (f.Primary, f.Message)).ToList();
            Assert.Equal(expected, triggered.Evaluate(view).Select(f => (f.Primary, f.Message)));
            if (expected.Count > 0) withFindings++;
            passedOver += ScopeNodes.Enumerate(view, triggered.Descriptor.Scope).Count(p => !triggered.Trigger!.Occurs(p.Text.Span));
        }
    }
}
