using System.Text;
using System.Text.Json;
using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using GovInfo.Tests;

namespace GovInfo.Cli.Tests;

/// <summary>End-to-end runs of the real govlint process, Vale-style: each case is arguments, an exit code and an approved output.</summary>
[UseReporter(typeof(QuietReporter))]
public class LintCommandTests
{
    [Theory]
    [InlineData("fixtures-text", 1, "lint", "../shared/fixtures")]
    [InlineData("fixtures-msbuild", 1, "lint", "../shared/fixtures", "--format", "msbuild")]
    [InlineData("fixtures-fail-on-warning", 1, "lint", "../shared/fixtures", "--fail-on", "warning", "--format", "msbuild")]
    [InlineData("samples-text", 1, "lint", "samples")]
    [InlineData("samples-msbuild", 1, "lint", "samples", "--format", "msbuild")]
    [InlineData("samples-json", 1, "lint", "samples", "--format", "json")]
    [InlineData("samples-sarif", 1, "lint", "samples", "--format", "sarif")]
    [InlineData("samples-github", 1, "lint", "samples", "--format", "github")]
    [InlineData("fixtures-github", 1, "lint", "../shared/fixtures", "--format", "github")]
    [InlineData("clean-samples", 0, "lint", "samples/county-market-2024.txt", "samples/city-ecology-2024.md", "--fail-on", "info")]
    [InlineData("samples-csv", 1, "lint", "samples", "--format", "csv")]
    [InlineData("summary", 1, "summary", "samples", "../shared/fixtures")]
    [InlineData("glob", 1, "lint", "../shared/fixtures/003*.txt", "samples/**/*-2024.txt", "--format", "msbuild")]
    [InlineData("missing-file", 2, "lint", "samples/county-market-2024.txt", "no-such-report.txt", "--format", "msbuild")]
    public void Case(string name, int exitCode, params string[] args)
    {
        var run = Govlint.Exec(args);
        Assert.True(exitCode == run.ExitCode, $"exit {run.ExitCode}\n{run.StdOut}\n{run.StdErr}");
        Assert.DoesNotContain("   at ", run.StdErr);
        using (ApprovalResults.ForScenario(name))
            Approvals.Verify(run.StdOut + (run.StdErr.Length > 0 ? "--- stderr ---\n" + run.StdErr : ""));
    }

    [Fact]
    public void Sarif_output_is_valid_2_1_0_field_by_field()
    {
        var run = Govlint.Exec("lint", "samples/defects-2024.txt", "../shared/fixtures/" + Path.GetFileName(TestPaths.Fixture("000")), "--format", "sarif");
        using var json = JsonDocument.Parse(run.StdOut);
        var root = json.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        var sarifRun = root.GetProperty("runs").EnumerateArray().Single();
        Assert.Equal("utf16CodeUnits", sarifRun.GetProperty("columnKind").GetString());
        var driver = sarifRun.GetProperty("tool").GetProperty("driver");
        Assert.Equal("govlint", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        var ids = rules.Select(r => r.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        var gi3001 = rules.Single(r => r.GetProperty("id").GetString() == "GI3001");
        Assert.Equal("申请情况表纵向勾稽关系不成立", gi3001.GetProperty("name").GetString());
        Assert.Equal("申请情况表纵向勾稽关系不成立", gi3001.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Contains("第一项加第二项之和", gi3001.GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.Equal("error", gi3001.GetProperty("defaultConfiguration").GetProperty("level").GetString());

        var results = sarifRun.GetProperty("results").EnumerateArray().ToList();
        var arithmetic = results.Single(r => r.GetProperty("ruleId").GetString() == "GI3001");
        Assert.Equal(ids.IndexOf("GI3001"), arithmetic.GetProperty("ruleIndex").GetInt32());
        Assert.Equal("error", arithmetic.GetProperty("level").GetString());
        Assert.StartsWith("“自然人”列", arithmetic.GetProperty("message").GetProperty("text").GetString());
        var location = arithmetic.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("samples/defects-2024.txt", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var region = location.GetProperty("region");
        Assert.Equal((49, 19, 49, 21), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
        Assert.Equal("25", region.GetProperty("snippet").GetProperty("text").GetString());
        var related = arithmetic.GetProperty("relatedLocations").EnumerateArray().ToList();
        Assert.Equal(3, related.Count);
        Assert.Equal([1, 2, 3], related.Select(r => r.GetProperty("id").GetInt32()));
        Assert.Equal(72, related[1].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());

        var withFix = results.Single(r => r.GetProperty("ruleId").GetString() == "GI6002");
        Assert.Equal("warning", withFix.GetProperty("level").GetString());
        var change = withFix.GetProperty("fixes")[0].GetProperty("artifactChanges")[0];
        Assert.EndsWith("000_c8211e049711ff2d.txt", change.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var replacement = change.GetProperty("replacements")[0];
        Assert.Equal(19, replacement.GetProperty("deletedRegion").GetProperty("startLine").GetInt32());
        Assert.Equal(replacement.GetProperty("deletedRegion").GetProperty("startColumn").GetInt32() + 1, replacement.GetProperty("deletedRegion").GetProperty("endColumn").GetInt32());
        Assert.Equal("", replacement.GetProperty("insertedContent").GetProperty("text").GetString());

        // GI1003 underlines the repeated heading and gives the first one as a related location, not as text in the message.
        var duplicate = results.Single(r => r.GetProperty("ruleId").GetString() == "GI1003");
        Assert.Equal("“一、总体情况”重复出现（第一次出现处见相关位置）。", duplicate.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal(9, duplicate.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        var first = Assert.Single(duplicate.GetProperty("relatedLocations").EnumerateArray()).GetProperty("physicalLocation");
        Assert.EndsWith("000_c8211e049711ff2d.txt", first.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var firstRegion = first.GetProperty("region");
        Assert.Equal((5, 1, 5, 7), (firstRegion.GetProperty("startLine").GetInt32(), firstRegion.GetProperty("startColumn").GetInt32(), firstRegion.GetProperty("endLine").GetInt32(), firstRegion.GetProperty("endColumn").GetInt32()));
        Assert.True(sarifRun.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
    }

    [Fact]
    public void Json_output_gives_the_first_of_a_repeated_heading_as_a_related_location()
    {
        var run = Govlint.Exec("lint", "../shared/fixtures/" + Path.GetFileName(TestPaths.Fixture("000")), "--format", "json");
        using var json = JsonDocument.Parse(run.StdOut);
        var duplicate = json.RootElement.EnumerateArray().Single(d => d.GetProperty("ruleId").GetString() == "GI1003");
        Assert.Equal("“一、总体情况”重复出现（第一次出现处见相关位置）。", duplicate.GetProperty("message").GetString());
        Assert.Equal(9, duplicate.GetProperty("line").GetInt32());
        var first = Assert.Single(duplicate.GetProperty("related").EnumerateArray());
        Assert.Equal((5, 1, "一、总体情况"), (first.GetProperty("line").GetInt32(), first.GetProperty("column").GetInt32(), first.GetProperty("text").GetString()));
    }

    [Fact]
    public void Config_discovery_and_glob_overrides_change_what_is_reported()
    {
        using var dir = new TempDirectory();
        string defects = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", "defects-2024.txt"));
        dir.File("final/r.txt", defects);
        dir.File("drafts/r.txt", defects);
        dir.File("govlint.yaml", "disable: [GI5001]\noverrides:\n  - files: [\"drafts/**\"]\n    max-severity: warning\n");
        var run = Govlint.Exec("lint", dir.Path, "--format", "msbuild");
        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("GI5001", run.StdOut);
        Assert.Contains("final/r.txt(49,19,49,21): error GI3001", run.StdOut.Replace('\\', '/'));
        Assert.Contains("drafts/r.txt(49,19,49,21): warning GI3001", run.StdOut.Replace('\\', '/'));

        var onlyDrafts = Govlint.Exec("lint", Path.Combine(dir.Path, "drafts"), "--format", "msbuild");
        Assert.Equal(0, onlyDrafts.ExitCode);
    }

    [Fact]
    public void Baseline_round_trip_through_the_command_line()
    {
        using var dir = new TempDirectory();
        string report = dir.File("r.txt", File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", "defects-2024.txt")));
        string baseline = Path.Combine(dir.Path, "base.json");
        var write = Govlint.Exec("lint", report, "--write-baseline", baseline);
        Assert.Equal(0, write.ExitCode);
        Assert.Contains("已写入基线", write.StdErr);
        var again = Govlint.Exec("lint", report, "--baseline", baseline);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("没有发现问题", again.StdOut);
    }

    [Fact]
    public void An_unwritable_baseline_is_a_clean_error()
    {
        var run = Govlint.Exec("lint", "samples", "--write-baseline", "/nonexistent-govlint-dir/b.json");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("无法读写文件", run.StdErr);
        Assert.DoesNotContain("   at ", run.StdErr);
    }

    [Fact]
    public void Broken_rules_and_configs_exit_2_with_located_messages()
    {
        var rules = Govlint.Exec("lint", "samples", "--rules", "tests/Dsl.Tests/Malformed/06-unknown-row-label.yaml");
        Assert.Equal(2, rules.ExitCode);
        Assert.Contains("06-unknown-row-label.yaml(9,26): error GIR0006", rules.StdErr);
        Assert.Contains("未检查任何报告", rules.StdErr);

        using var dir = new TempDirectory();
        string config = dir.File("govlint.yaml", "fail-on: loudly\n");
        var bad = Govlint.Exec("lint", "samples", "--config", config);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("govlint.yaml(1,10): error GIC0001", bad.StdErr);
    }

    [Fact]
    public void Fix_command_fixes_then_lint_is_clean_of_fixable_findings()
    {
        using var dir = new TempDirectory();
        string report = dir.File("r.txt", File.ReadAllText(TestPaths.Fixture("000")).ReplaceLineEndings("\r\n"));
        var dry = Govlint.Exec("fix", report, "--dry-run");
        Assert.Equal(0, dry.ExitCode);
        Assert.Contains("+（四）政府信息公开平台建设", dry.StdOut);
        // GI6002 once, GI6003 twice (the label of 部分公开).
        Assert.Contains("共可修复 3 处（未写入）", dry.StdErr);
        var fix = Govlint.Exec("fix", report);
        Assert.Equal(0, fix.ExitCode);
        Assert.Contains("已修复 3 处", fix.StdErr);
        Assert.Contains("规划计划等内容", File.ReadAllText(report));
        Assert.Contains("(区分处理的，只计这一情形，不计其他情形)", File.ReadAllText(report));
        Assert.Contains("\r\n", File.ReadAllText(report));
        var lint = Govlint.Exec("lint", report, "--format", "msbuild");
        Assert.DoesNotContain("GI6002", lint.StdOut);
        Assert.DoesNotContain("GI6003", lint.StdOut);
        Assert.Contains("GI1003", lint.StdOut);
    }

    [Fact]
    public void Lint_with_fix_fixes_first_and_reports_what_remains()
    {
        using var dir = new TempDirectory();
        string report = dir.File("r.txt", File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", "defects-2024.txt")).Replace("本局", "本局、等"));
        var run = Govlint.Exec("lint", report, "--fix", "--format", "msbuild");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("已修复", run.StdErr);
        Assert.DoesNotContain("GI6002", run.StdOut);
        Assert.Contains("GI3001", run.StdOut);
        Assert.DoesNotContain("、等", File.ReadAllText(report));
    }

    [Fact]
    public void Explain_prints_the_rule()
    {
        var run = Govlint.Exec("explain", "gi3001");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("GI3001：申请情况表纵向勾稽关系不成立", run.StdOut);
        Assert.Contains("rules/arithmetic.yaml(3)", run.StdOut);
        Assert.Contains("assert: received == handled", run.StdOut);
        Assert.Equal(2, Govlint.Exec("explain", "GI9999").ExitCode);
    }
}
