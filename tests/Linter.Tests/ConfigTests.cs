using GovInfo.Dsl.Rules;
using GovInfo.Linter.Configuration;
using GovInfo.Linter.Engine;
using GovInfo.Report.Yaml;
using GovInfo.Tests;

namespace GovInfo.Linter.Tests;

public class ConfigTests
{
    private static RuleDescriptor Rule(string id, Severity severity) => new(id, "t", severity, "c", "d", null, ScopeKind.Document, RuleKind.Assert, "", 1);

    [Fact]
    public void Disable_severity_cap_and_glob_overrides_apply_in_order()
    {
        using var dir = new TempDirectory();
        string config = dir.File("govlint.yaml", """
            disable: [GI6001]
            severity:
              GI6003: error
              GI4005: off
            overrides:
              - files: ["drafts/**"]
                max-severity: warning
              - files: "drafts/old/*.txt"
                severity: { GI6001: info }
            """);
        var c = ConfigLoader.Load(config);
        string report = dir.File("report.txt"), draft = dir.File("drafts/a.txt"), old = dir.File("drafts/old/b.txt");
        Assert.Null(c.SeverityFor(Rule("GI6001", Severity.Warning), report));
        Assert.Equal(Severity.Error, c.SeverityFor(Rule("GI6003", Severity.Warning), report));
        Assert.Null(c.SeverityFor(Rule("GI4005", Severity.Warning), report));
        Assert.Equal(Severity.Error, c.SeverityFor(Rule("GI3001", Severity.Error), report));
        Assert.Equal(Severity.Warning, c.SeverityFor(Rule("GI3001", Severity.Error), draft));
        Assert.Equal(Severity.Info, c.SeverityFor(Rule("GI6001", Severity.Warning), old));
        Assert.Null(c.SeverityFor(Rule("GI6001", Severity.Warning), draft));
    }

    [Fact]
    public void Config_is_found_by_walking_up_from_the_report()
    {
        using var dir = new TempDirectory();
        dir.File("govlint.yaml", "fail-on: warning\n");
        string deep = dir.File("a/b/c/report.txt", "x");
        var config = new ConfigLoader().Discover(deep);
        Assert.Equal(FailOn.Warning, config.FailOn);
        Assert.Equal(Path.GetFullPath(dir.Path), config.BaseDirectory);
    }

    [Fact]
    public void Config_errors_are_located()
    {
        using var dir = new TempDirectory();
        string config = dir.File("govlint.yaml", "fail-on: sometimes\nseverity:\n  GI6001: loud\ncolour: red\n");
        var e = Assert.Throws<YamlFileException>(() => ConfigLoader.Load(config));
        var messages = e.Errors.Select(x => $"{x.Line}:{x.Column} {x.Message}").ToList();
        Assert.Contains(messages, m => m.StartsWith("1:10 “sometimes” 不是有效的 fail-on"));
        Assert.Contains(messages, m => m.StartsWith("3:11 “loud” 不是有效的严重级别"));
        Assert.Contains(messages, m => m.StartsWith("4:1 未知的键 “colour”"));
    }

    [Fact]
    public void Extra_rules_from_the_config_run_and_fail_on_comes_from_it()
    {
        using var dir = new TempDirectory();
        dir.File("team/extra.yaml", """
            rules:
              - id: TM0001
                title: 标题须含“年度报告”
                severity: info
                category: 团队
                description: 团队规则。
                scope: document
                assert: title.text contains "年度报告"
                message: 标题没有“年度报告”。
                examples: { invalid: [甲], valid: [乙] }
            """);
        dir.File("govlint.yaml", "rules: [team]\nfail-on: info\n");
        string report = dir.File("r.txt", Linting.Fixture000.Replace("年政府信息公开工作年度报告", "年政府信息公开工作报告"));
        var result = Linting.LintOne(report);
        Assert.Contains(result.Diagnostics, d => d.Id == "TM0001" && d.Start.Line == 3);
        Assert.True(result.Fails);
    }

    [Fact]
    public void A_broken_rule_file_stops_the_run_before_any_report_is_linted()
    {
        using var dir = new TempDirectory();
        string bad = dir.File("bad.yaml", "rules:\n  - id: x\n");
        var e = Assert.Throws<RuleSetException>(() => Linting.Runner().Run(new LintOptions([TestPaths.Fixture("000")], ExtraRulePaths: [bad])));
        Assert.NotEmpty(e.Errors);
    }

    [Fact]
    public void F24_a_severity_that_is_not_text_is_an_error_at_its_place()
    {
        using var dir = new TempDirectory();
        string config = dir.File("govlint.yaml", "severity: {GI3001: {b: 1}}\n");
        var e = Assert.Throws<YamlFileException>(() => ConfigLoader.Load(config));
        var error = Assert.Single(e.Errors);
        Assert.Equal((1, 20), (error.Line, error.Column));
        Assert.Contains("“GI3001” 的严重级别应为文本", error.Message);
    }

    [Fact]
    public void F24_a_severity_keyed_by_a_list_is_an_error()
    {
        using var dir = new TempDirectory();
        string config = dir.File("govlint.yaml", "severity:\n  [GI3001]: error\n");
        var e = Assert.Throws<YamlFileException>(() => ConfigLoader.Load(config));
        Assert.Contains("规则编号", Assert.Single(e.Errors).Message);
    }

    [Fact]
    public void F24_unknown_rule_ids_stop_the_run_at_file_line_col_and_known_ones_do_not()
    {
        using var dir = new TempDirectory();
        dir.File("govlint.yaml", "disable: [GI9999, GI6001]\nseverity:\n  GI0001: off\noverrides:\n  - files: a/*\n    severity: { GX1234: info }\n");
        string report = dir.File("r.txt", Linting.Fixture000);
        var e = Assert.Throws<YamlFileException>(() => Linting.Runner().Run(new LintOptions([report])));
        Assert.Equal(["1:11 GI9999", "6:17 GX1234"], e.Errors.Select(x => $"{x.Line}:{x.Column} {x.Message[(x.Message.IndexOf('“') + 1)..x.Message.IndexOf('”')]}"));
        Assert.All(e.Errors, x => Assert.EndsWith("govlint.yaml", x.Path));

        dir.File("govlint.yaml", "disable: [GI6001]\nseverity:\n  GI0001: off\n");
        Assert.Single(Linting.Runner().Run(new LintOptions([report])).Files);
    }
}
