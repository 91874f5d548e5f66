using GovInfo.Linter.Baselines;
using GovInfo.Linter.Engine;
using GovInfo.Tests;

namespace GovInfo.Linter.Tests;

public class BaselineTests
{
    [Fact]
    public void A_baselined_finding_stays_forgiven_when_lines_are_inserted_above_and_a_new_one_is_reported()
    {
        using var dir = new TempDirectory();
        string report = dir.File("r.txt", Linting.Fixture000);
        string baseline = Path.Combine(dir.Path, "base.json");
        var runner = Linting.Runner();
        var first = runner.Run(new LintOptions([report]));
        Assert.Single(first.Diagnostics, d => d.Id == "GI6002");
        Baseline.Write(baseline, first.Diagnostics);

        // Lines inserted above, and a new 、等 added further down.
        File.WriteAllText(report, Linting.Fixture000
            .Replace("一、总体情况\n\n根据", "一、总体情况\n\n新增的第一段。\n\n新增的第二段。\n\n根据")
            .Replace("本单位无执法权", "本单位无执法权、等事项"));
        var second = runner.Run(new LintOptions([report], BaselinePath: baseline));
        var finding = Assert.Single(second.Diagnostics);
        Assert.Equal("GI6002", finding.Id);
        Assert.Contains("无执法权、等事项", finding.Source.GetLine(finding.Start.Line));

        var withoutBaseline = runner.Run(new LintOptions([report]));
        Assert.Equal(2, withoutBaseline.Diagnostics.Count(d => d.Id == "GI6002"));
    }

    [Fact]
    public void The_baseline_file_records_rule_file_and_fingerprint_but_no_line()
    {
        using var dir = new TempDirectory();
        string report = dir.File("sub/r.txt", Linting.Fixture000);
        string baseline = Path.Combine(dir.Path, "base.json");
        Baseline.Write(baseline, Linting.Runner().Run(new LintOptions([report])).Diagnostics);
        string json = File.ReadAllText(baseline);
        Assert.Contains("\"ruleId\": \"GI6002\"", json);
        Assert.Contains("\"file\": \"sub/r.txt\"", json);
        Assert.Contains("\"fingerprint\":", json);
        Assert.DoesNotContain("\"line\"", json);
    }

    [Fact]
    public void A_malformed_baseline_is_a_clear_error()
    {
        using var dir = new TempDirectory();
        string baseline = dir.File("base.json", "{ not json");
        var e = Assert.Throws<BaselineException>(() => Baseline.Load(baseline));
        Assert.Contains("无法读取基线文件", e.Message);
    }
}
