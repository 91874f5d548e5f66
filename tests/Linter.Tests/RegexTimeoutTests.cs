using GovInfo.Dsl.Rules;
using GovInfo.Linter.Engine;
using GovInfo.Linter.Formatters;
using GovInfo.Tests;

namespace GovInfo.Linter.Tests;

/// <summary>A rule's regular expression that times out is a finding of the rule, shown by every formatter, never a silent "no match".</summary>
public class RegexTimeoutTests
{
    private const string Message = "正则表达式超时，结果不完整：/(?=a)(a+)+$/ 未能在 1000 毫秒内完成匹配，此规则已在本报告上停止。";

    [Fact]
    public void A_timeout_is_a_warning_of_the_rule_at_the_paragraph_in_text_json_and_sarif()
    {
        using var dir = new TempDirectory();
        string rules = dir.File("rules/slow.yaml", """
            rules:
              - id: GI9902
                title: 灾难性回溯
                severity: error
                category: 测试
                description: 一条会超时的规则
                examples: { invalid: [甲], valid: [乙] }
                scope: paragraph
                forbid: /(?=a)(a+)+$/
                message: 不会出现
            """);
        string slow = new string('a', 40_000) + "!";
        string report = dir.File("report.txt", Linting.Fixture000 + "\n" + slow + "\n");
        var options = new LintOptions([report], ExtraRulePaths: [rules]);

        var run = Linting.Runner().Run(options);
        var timeout = Assert.Single(run.Files.Single().Diagnostics, d => d.Id == "GI9902");
        Assert.Equal(Message, timeout.Message);
        Assert.Equal(Severity.Warning, timeout.Severity);
        Assert.Equal(slow, timeout.Source.Text.Substring(timeout.Span.Start, timeout.Span.Length));
        // The rule stopped on this report after its timeout: it is 无法检查 there, not passed.
        Assert.Contains(run.Files.Single().NotAssessed, n => n.Id == "GI9902" && n.Reason.Contains("超时", StringComparison.Ordinal));

        foreach (IDiagnosticFormatter formatter in new IDiagnosticFormatter[] { new TextFormatter(), new JsonFormatter(), new SarifFormatter() })
        {
            var output = new StringWriter();
            formatter.Write(run, output, new FormatterOptions());
            Assert.Contains("GI9902", output.ToString());
            Assert.Contains(Message, output.ToString());
        }
    }
}
