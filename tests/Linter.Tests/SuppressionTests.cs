using GovInfo.Linter.Engine;
using GovInfo.Tests;

namespace GovInfo.Linter.Tests;

public class SuppressionTests
{
    // 000 line 19 has 规划计划、等内容 (GI6002).
    private const string Line19 = "（四）政府信息公开平台建设";

    private static FileResult Lint(string text, string name = "r.txt")
    {
        using var dir = new TempDirectory();
        return Linting.LintOne(dir.File(name, text));
    }

    [Fact]
    public void Without_a_directive_the_finding_is_reported()
        => Assert.Contains(Lint(Linting.Fixture000).Diagnostics, d => d.Id == "GI6002");

    [Fact]
    public void Disable_next_line_suppresses_only_the_next_line()
    {
        var result = Lint(Linting.Fixture000.Replace(Line19, "<!-- govlint-disable-next-line GI6002 -->\n\n" + Line19));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "GI6002");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "GI0001");
    }

    [Fact]
    public void Disable_enable_regions_and_unused_directives_are_reported()
    {
        string text = Linting.Fixture000
            .Replace("二、主动公开政府信息情况", "<!-- govlint-disable GI6002 -->\n二、主动公开政府信息情况")
            .Replace(Line19, "<!-- govlint-disable GI6002 -->\n" + Line19)
            .Replace("五、存在的主要问题及改进情况", "<!-- govlint-enable -->\n五、存在的主要问题及改进情况");
        var result = Lint(text);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "GI6002");
        // The second disable covers line 19; the first (after it) suppresses nothing.
        var unused = Assert.Single(result.Diagnostics, d => d.Id == "GI0001");
        Assert.Equal(Dsl.Rules.Severity.Info, unused.Severity);
        Assert.Equal("<!-- govlint-disable GI6002 -->", result.Source![unused.Span]);
        Assert.True(unused.Start.Line > 19);
    }

    [Fact]
    public void A_directive_for_another_rule_does_not_suppress()
    {
        var result = Lint(Linting.Fixture000.Replace(Line19, "<!-- govlint-disable-next-line GI6001 -->\n" + Line19));
        Assert.Contains(result.Diagnostics, d => d.Id == "GI6002");
        Assert.Contains(result.Diagnostics, d => d.Id == "GI0001");
    }

    [Fact]
    public void Directives_work_in_markdown_and_are_not_text()
    {
        string text = File.ReadAllText(TestPaths.Fixture("004"));
        Assert.Contains(Lint(text, "r.md").Diagnostics, d => d.Id == "GI6002");
        var result = Lint(text.Replace("我单位按照政务公开工作要求", "<!-- govlint-disable-next-line -->\n我单位按照政务公开工作要求"), "r.md");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "GI6002" or "GI0001");
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("govlint"));
    }
}
