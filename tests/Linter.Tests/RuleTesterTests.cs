using GovInfo.Dsl.Functions;
using GovInfo.Dsl.Rules;
using GovInfo.Linter.Testing;
using GovInfo.Tests;

namespace GovInfo.Linter.Tests;

public class RuleTesterTests
{
    private static RuleTester Tester => new(Reports.Loader);

    [Fact]
    public void Every_rule_of_the_default_pack_passes_its_own_examples()
    {
        var set = new RuleLoader(Reports.Template, FunctionRegistry.Builtin).Load([Path.Combine(TestPaths.RepositoryRoot, "rules")]);
        Assert.Empty(set.Errors);
        Assert.True(set.Rules.Count >= 32);
        var failures = set.Rules.SelectMany(Tester.Test).Select(f => f.ToString()).ToList();
        Assert.Empty(failures);
        Assert.All(set.Rules, r => Assert.True(r.Examples.Invalid.Count > 0 && r.Examples.Valid.Count > 0, r.Descriptor.Id));
    }

    [Fact]
    public void A_rule_whose_examples_disagree_with_it_fails_each_way()
    {
        using var dir = new TempDirectory();
        string path = dir.File("r.yaml", """
            rules:
              - id: TS0001
                title: 测试
                severity: warning
                category: 测试
                description: 禁止“甲乙”。
                scope: paragraph
                forbid: /甲乙/
                message: 出现甲乙。
                examples:
                  invalid:
                    - 这里没有。
                    - 前[|文|]甲乙。
                  valid:
                    - 这里有甲乙。
                    - base: missing.txt
            """);
        var set = new RuleLoader(Reports.Template, FunctionRegistry.Builtin).Load([path]);
        var messages = Tester.Test(set.Rules.Single()).Select(f => $"{f.Line} {f.Message}").ToList();
        Assert.Collection(messages,
            m => Assert.StartsWith("12 invalid 示例没有触发", m),
            m => Assert.StartsWith("13 invalid 示例应在标记处“文”报告，实际在：“甲乙”", m),
            m => Assert.StartsWith("15 valid 示例不应触发", m),
            m => Assert.StartsWith("16 示例的 base 文件不存在", m));
    }

    [Fact]
    public void An_example_that_runs_past_the_step_budget_fails_as_lint_reports_it_instead_of_running_on()
    {
        using var dir = new TempDirectory();
        // 3,000 × 3,000 lambda calls: 9,000,000 steps, over the 2,000,000 lint gives a rule on a file.
        string path = dir.File("r.yaml", """
            rules:
              - id: TS0002
                title: 测试
                severity: warning
                category: 测试
                description: 过多的计算。
                scope: document
                assert: all(range(0, 3000), i => all(range(0, 3000), j => i >= 0))
                message: 不会出现。
                examples:
                  invalid: [甲]
                  valid: [乙]
            """);
        var set = new RuleLoader(Reports.Template, FunctionRegistry.Builtin).Load([path]);
        Assert.Empty(set.Errors);
        var failures = Tester.Test(set.Rules.Single());
        Assert.Equal(2, failures.Count);
        Assert.All(failures, f => Assert.Equal(
            $"GI0002：规则 TS0002 未能完成：超出计算步数上限（每条规则每份报告 {GovInfo.Linter.Engine.LintEngine.StepBudget:N0} 步），已在此报告上停止，其结果不完整；其他规则不受影响。",
            f.Message));
    }

    [Fact]
    public void Annotated_test_reports_check_expected_and_unexpected_findings()
    {
        var tester = new AnnotatedReportTester(Linting.Runner());
        Assert.Empty(tester.Test(Path.Combine(TestPaths.RepositoryRoot, "rules", "tests", "defects-annotated.txt")));

        using var dir = new TempDirectory();
        string text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "rules", "tests", "defects-annotated.txt"))
            .Replace("<!-- expect: GI6001 -->\n", "")
            .Replace("<!-- expect: GI5001 -->", "<!-- expect: GI5001 GI5002 -->");
        var failures = tester.Test(dir.File("t.txt", text));
        Assert.Collection(failures,
            f => Assert.Equal(("GI6001", true), (f.RuleId, f.Message.StartsWith("未预期的问题"))),
            f => Assert.Equal(("GI5002", "预期的问题没有出现。"), (f.RuleId, f.Message)));
    }
}
