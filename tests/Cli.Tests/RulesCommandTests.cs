using GovInfo.Tests;

namespace GovInfo.Cli.Tests;

public class RulesCommandTests
{
    [Fact]
    public void The_default_pack_checks_clean()
    {
        var run = Govlint.Exec("rules", "check");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("没有错误", run.StdOut);
        Assert.Equal("", run.StdErr);
    }

    [Fact]
    public void Every_error_of_every_file_is_reported_with_position_and_excerpt_and_exit_1()
    {
        var run = Govlint.Exec("rules", "check", "tests/Dsl.Tests/Malformed/06-unknown-row-label.yaml", "tests/Dsl.Tests/Malformed/29-folded-scalar-error-on-second-line.yaml");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("tests/Dsl.Tests/Malformed/06-unknown-row-label.yaml(9,26): error GIR0006: 表格 applications 没有行 “本年收到”。", run.StdErr);
        Assert.Contains("tests/Dsl.Tests/Malformed/29-folded-scalar-error-on-second-line.yaml(11,28): error GIR0006", run.StdErr);
        Assert.Contains("                                   ^", run.StdErr);
        // Both files use GI9001, so the second also reports a duplicate id: three errors in one run.
        Assert.Contains("GIR0010", run.StdErr);
        Assert.Contains("3 个错误，2 个规则文件。", run.StdOut);
    }

    [Fact]
    public void A_missing_rule_path_is_reported_not_thrown()
    {
        var run = Govlint.Exec("rules", "check", "no-such-rules.yaml");
        Assert.Equal(1, run.ExitCode);
        // The message names where it looked: the path resolved against the working directory.
        Assert.Contains($"no-such-rules.yaml(1,1): error GIR0001: 规则文件或文件夹不存在（找过 {Path.Combine(TestPaths.RepositoryRoot, "no-such-rules.yaml")}）。", run.StdErr);
        Assert.DoesNotContain("   at ", run.StdErr);
    }

    [Fact]
    public void Rules_test_runs_examples_and_annotated_reports()
    {
        var run = Govlint.Exec("rules", "test", "rules");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"(\d+)/\1 条规则的示例通过，1 个测试报告，0 处失败。", run.StdOut);
    }
}
