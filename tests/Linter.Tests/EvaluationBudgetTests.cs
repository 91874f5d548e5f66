using System.Text;
using GovInfo.Dsl.Rules;
using GovInfo.Linter.Diagnostics;
using GovInfo.Linter.Engine;
using GovInfo.Linter.Fixes;
using GovInfo.Tests;

namespace GovInfo.Linter.Tests;

/// <summary>
/// Bounded evaluation cost (issue 17, part B): finding handling linear in the findings, a step budget per rule and
/// file, regexes linear where the pattern allows, a failing rule a diagnostic of its own (GI0002) while the others run.
/// Outcomes only: no test here measures time.
/// </summary>
public class EvaluationBudgetTests
{
    private const string Title = "示例局2024年政府信息公开工作年度报告";

    private static string RuleFile(TempDirectory dir, string name, string severity, string body) => dir.File($"rules/{name}.yaml", $"""
        rules:
          - id: {name}
            title: 测试
            severity: {severity}
            category: 测试
            description: 测试规则
            examples: {"{"} invalid: [], valid: [] {"}"}
        {body}
        """);

    private static FileResult Lint(TempDirectory dir, string report, params string[] rules)
    {
        string path = dir.File("report.txt", report);
        return Linting.LintOne(path, new LintOptions([path], ExtraRulePaths: rules));
    }

    [Fact]
    public void F1_a_paragraph_of_100000_findings_gives_each_once()
    {
        using var dir = new TempDirectory();
        var result = Lint(dir, Title + "\n\n" + string.Concat(Enumerable.Repeat("公开文件、等内容。", 100_000)) + "\n");
        Assert.Null(result.Error);
        var gi6002 = result.Diagnostics.Where(d => d.Id == "GI6002").ToList();
        Assert.Equal(100_000, gi6002.Count);
        Assert.Equal(100_000, gi6002.Select(d => d.Span.Start).Distinct().Count());
        // No rule runs out of its step budget on the long paragraph (GI6006's doubled(…) takes a step per character),
        // and none times out: GI6006 no longer uses a backreference regex.
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == EngineRules.RuleFailure.Id);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.StartsWith(CompiledRule.RegexTimeoutMessage, StringComparison.Ordinal));
    }

    [Fact]
    public void F1_twenty_thousand_repeated_headings_each_have_their_previous_sibling()
    {
        using var dir = new TempDirectory();
        var result = Lint(dir, Title + "\n\n" + string.Concat(Enumerable.Repeat("一、总体情况\n", 20_000)));
        Assert.Null(result.Error);
        Assert.Equal(19_999, result.Diagnostics.Count(d => d.Id == "GI1003"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == EngineRules.RuleFailure.Id);
    }

    [Fact]
    public void F1_a_for_rule_failing_on_every_item_reports_each_item()
    {
        using var dir = new TempDirectory();
        string rule = RuleFile(dir, "GI9931", "warning", """
                scope: paragraph
                for: m in findAll(text, /甲/)
                assert: false
                at: m
                message: "第 {m.text} 处"
            """);
        var result = Lint(dir, Title + "\n\n" + new string('甲', 20_000) + "。\n", rule);
        var found = result.Diagnostics.Where(d => d.Id == "GI9931").ToList();
        Assert.Equal(20_000, found.Count);
        Assert.Equal(20_000, found.Select(d => d.Span.Start).Distinct().Count());
    }

    [Fact]
    public void F8_a_cubic_rule_stops_at_the_step_budget_with_one_finding_naming_the_cap_and_the_rest_is_kept()
    {
        using var dir = new TempDirectory();
        string cubic = RuleFile(dir, "GI9932", "error", """
                scope: document
                assert: all(report.paragraphs, p => all(report.paragraphs, q => all(report.paragraphs, r => p.text != "不存在")))
                message: 不会出现
            """);
        string after = RuleFile(dir, "GI9933", "warning", """
                scope: paragraph
                forbid: /乙丙/
                message: 乙丙
            """);
        var paragraphs = Enumerable.Range(0, 1_000).Select(i => $"第{i}段乙丙。");
        var result = Lint(dir, Title + "\n\n" + string.Join("\n\n", paragraphs) + "\n\n规划计划、等内容。\n", cubic, after);

        Assert.Null(result.Error);
        var failure = Assert.Single(result.Diagnostics, d => d.Id == EngineRules.RuleFailure.Id);
        Assert.Equal(Severity.Warning, failure.Severity);
        Assert.Contains("GI9932", failure.Message);
        Assert.Contains($"{LintEngine.StepBudget:N0} 步", failure.Message);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "GI9932");
        // The rule that stopped did not check the report: 无法检查, not passed.
        Assert.Contains(result.NotAssessed, n => n.Id == "GI9932" && n.Reason.Contains(EngineRules.RuleFailure.Id, StringComparison.Ordinal));
        Assert.DoesNotContain(result.NotAssessed, n => n.Id == "GI9933");
        Assert.Equal(1_000, result.Diagnostics.Count(d => d.Id == "GI9933"));
        Assert.Single(result.Diagnostics, d => d.Id == "GI6002");
    }

    [Fact]
    public void F8_catastrophic_patterns_that_need_no_backtracking_run_linear_without_timeouts()
    {
        using var dir = new TempDirectory();
        var rules = Enumerable.Range(0, 5).Select(i => RuleFile(dir, $"GI994{i}", "error", """
                scope: paragraph
                forbid: /(a+)+$/
                message: 不会出现
            """)).ToArray();
        var slow = Enumerable.Repeat(new string('a', 40_000) + "!", 20);
        var result = Lint(dir, Title + "\n\n" + string.Join("\n\n", slow) + "\n", rules);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id.StartsWith("GI994") || d.Id == EngineRules.RuleFailure.Id);
    }

    [Fact]
    public void F7_a_real_match_before_the_catastrophic_part_is_found_and_no_timeout_is_silent()
    {
        using var dir = new TempDirectory();
        string linear = RuleFile(dir, "GI9951", "error", """
                scope: paragraph
                forbid: '/测试词|(a+)+$/'
                message: 测试词
            """);
        // The same alternation with a lookahead: it needs backtracking, so it can time out; the match before is kept.
        string backtracking = RuleFile(dir, "GI9952", "error", """
                scope: paragraph
                forbid: '/测试词|(?=a)(a+)+$/'
                message: 测试词
            """);
        string paragraph = "这里有测试词。" + new string('a', 40) + "b";
        var result = Lint(dir, Title + "\n\n" + paragraph + "\n\n" + "又有测试词。" + new string('a', 40_000) + "!\n", linear, backtracking);

        var first = result.Diagnostics.Where(d => d.Id == "GI9951").ToList();
        Assert.Equal(2, first.Count);
        Assert.All(first, d => Assert.Equal(Severity.Error, d.Severity));
        Assert.All(first, d => Assert.Equal("测试词", d.Source.Text.Substring(d.Span.Start, d.Span.Length)));

        // The paragraph: its catastrophic tail times out after the real match, which is kept at its severity; the
        // timeout is said (at most a warning, never silent), and the rule stops on this report (the second paragraph).
        var second = result.Diagnostics.Where(d => d.Id == "GI9952").ToList();
        var match = Assert.Single(second, d => d.Severity == Severity.Error && d.Message == "测试词");
        Assert.Equal(first[0].Span, match.Span);
        var timeout = Assert.Single(second, d => d.Message.StartsWith(CompiledRule.RegexTimeoutMessage));
        Assert.Equal(Severity.Warning, timeout.Severity);
        Assert.Equal(2, second.Count);
    }

    [Fact]
    public void F9_arithmetic_out_of_range_at_lint_time_is_a_diagnostic_of_the_rule_and_the_file_keeps_its_findings()
    {
        using var dir = new TempDirectory();
        string round = RuleFile(dir, "GI9961", "error", """
                scope: paragraph
                assert: round(1.5, 29) > 0
                message: 不会出现
            """);
        string overflow = RuleFile(dir, "GI9962", "error", """
                scope: document
                assert: 79228162514264337593543950335 * 10 > 0
                message: 不会出现
            """);
        var result = Lint(dir, Linting.Fixture000 + "\n\n规划计划、等内容。\n", round, overflow);
        var without = Lint(dir, Linting.Fixture000 + "\n\n规划计划、等内容。\n");

        Assert.Null(result.Error);
        var failures = result.Diagnostics.Where(d => d.Id == EngineRules.RuleFailure.Id).ToList();
        Assert.Equal(2, failures.Count);
        Assert.Contains(failures, d => d.Message.Contains("GI9961") && d.Message.Contains("参数超出允许范围"));
        Assert.Contains(failures, d => d.Message.Contains("GI9962") && d.Message.Contains("超出数值范围"));
        // Every other finding of the file is still there.
        Assert.NotEmpty(without.Diagnostics);
        Assert.Equal(without.Diagnostics.Select(d => (d.Id, d.Span)), result.Diagnostics.Where(d => d.Id != EngineRules.RuleFailure.Id).Select(d => (d.Id, d.Span)));
    }

    [Fact]
    public void F9_a_rule_failure_can_be_switched_off_like_any_rule()
    {
        using var dir = new TempDirectory();
        string round = RuleFile(dir, "GI9961", "error", """
                scope: paragraph
                assert: round(1.5, 29) > 0
                message: 不会出现
            """);
        dir.File("govlint.yaml", "disable: [GI0002]\n");
        var result = Lint(dir, Linting.Fixture000, round);
        Assert.Null(result.Error);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == EngineRules.RuleFailure.Id);
    }

    [Fact]
    public void F27_fix_applies_the_and_fix_that_lint_offers_on_an_html_page()
    {
        using var dir = new TempDirectory();
        string page = dir.File("page.html", $"""
            <html><head><title>{Title}</title></head><body>
            <p>{Title}</p>
            <p>坚持以习近平新时代中国特色社会主义思想 and 党的二十大精神为指导。</p>
            <p>推进政务公开
               or  政务服务。</p>
            </body></html>
            """);
        var offered = Linting.LintOne(page).Diagnostics.Where(d => d.Id == "GI6001" && d.Fix is not null).ToList();
        Assert.Equal(2, offered.Count);

        var outcome = Assert.Single(Linting.Fixer().Fix(new LintOptions([page]), dryRun: false));
        Assert.Null(outcome.Error);
        Assert.Equal(2, outcome.Applied);
        string written = File.ReadAllText(page);
        Assert.Contains("<p>坚持以习近平新时代中国特色社会主义思想和党的二十大精神为指导。</p>", written);
        Assert.Contains("<p>推进政务公开或政务服务。</p>", written);
        Assert.DoesNotContain(Linting.LintOne(page).Diagnostics, d => d.Id == "GI6001");
    }

    [Fact]
    public void F28_a_fix_that_would_split_a_character_is_not_offered_nor_applied_and_the_neighbours_stay()
    {
        using var dir = new TempDirectory();
        string rule = RuleFile(dir, "GI9971", "warning", """
                scope: paragraph
                forbid: /\uD840/
                message: 半个字符
                fix: "甲"
            """);
        string text = Title + "\n\n前𠀀后。\n";
        string report = dir.File("report.txt", text);
        var options = new LintOptions([report], ExtraRulePaths: [rule]);

        var finding = Assert.Single(Linting.LintOne(report, options).Diagnostics, d => d.Id == "GI9971");
        Assert.Null(finding.Fix);
        Assert.EndsWith(WholeCharacters.FixRefused, finding.Message);

        var outcome = Assert.Single(Linting.Fixer().Fix(options, dryRun: false));
        Assert.Null(outcome.Error);
        Assert.Equal(text, File.ReadAllText(report, Encoding.UTF8));
    }

    [Fact]
    public void F28_whole_characters_refuses_a_span_or_replacement_that_cuts_a_surrogate_pair()
    {
        string text = "前𠀀后";
        Assert.True(WholeCharacters.Keeps(text, new Report.Text.TextSpan(1, 2), "甲"));
        Assert.False(WholeCharacters.Keeps(text, new Report.Text.TextSpan(1, 1), "甲"));
        Assert.False(WholeCharacters.Keeps(text, new Report.Text.TextSpan(2, 2), "甲"));
        Assert.False(WholeCharacters.Keeps(text, new Report.Text.TextSpan(0, 1), "\uD840"));
        Assert.True(WholeCharacters.Keeps(text, new Report.Text.TextSpan(0, 1), "𠀀"));
    }
}
