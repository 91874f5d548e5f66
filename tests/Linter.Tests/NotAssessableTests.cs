using GovInfo.Linter.Configuration;
using GovInfo.Linter.Engine;
using GovInfo.Linter.Formatters;
using GovInfo.Tests;

namespace GovInfo.Linter.Tests;

/// <summary>
/// No cascades (issue 13, point 1): a table or a structure that cannot be checked is reported once, the rules that need
/// it are recorded as 无法检查 instead of being evaluated, and blank cells or missing rows are one finding per table.
/// </summary>
public class NotAssessableTests
{
    private static readonly string Sample = File.ReadAllText(Path.Combine(TestPaths.Samples, "county-market-2024.txt"));

    private const string ApplicationsHeading = "三、收到和处理政府信息公开申请情况";
    private const string ReviewsHeading = "四、政府信息公开行政复议、行政诉讼情况";

    private static FileResult Lint(string text, FailOn? failOn = null)
    {
        using var dir = new TempDirectory();
        string path = dir.File("report.txt", text);
        return Linting.LintOne(path, new LintOptions([path], FailOn: failOn));
    }

    private static string Replace(string text, string from, string to)
    {
        Assert.Contains(from, text);
        return text.Replace(from, to);
    }

    [Fact]
    public void Twenty_blank_cells_are_one_GI2003_naming_all_twenty()
    {
        string text = Sample;
        foreach (var label in new[] { "1. 属于国家秘密", "2. 其他法律行政法规禁止公开", "3. 危及“三安全一稳定”", "5. 属于三类内部事务信息", "6. 属于四类过程性信息" })
            text = Replace(text, $"\t{label}\t0\t0\t0\t0\t0\t0\t0", $"\t{label}\t\t\t\t\t0\t0\t0");

        var result = Lint(text);

        var gi2003 = Assert.Single(result.Diagnostics, d => d.Id == "GI2003");
        Assert.Contains("20 个单元格", gi2003.Message);
        Assert.Contains("等 20 个", gi2003.Message);
        Assert.Equal(20, 1 + gi2003.Related.Count);
        Assert.Equal(20, gi2003.Related.Append(gi2003.Span).Distinct().Count());
        Assert.Equal(53, gi2003.Start.Line);
    }

    [Fact]
    public void A_table_missing_several_rows_is_one_GI2002_listing_them()
    {
        string text = Sample;
        string[] removed = ["2. 其他法律行政法规禁止公开", "3. 危及“三安全一稳定”", "5. 属于三类内部事务信息", "6. 属于四类过程性信息"];
        foreach (var label in removed) text = Replace(text, $"\t\t{label}\t0\t0\t0\t0\t0\t0\t0\n", "");

        var result = Lint(text);

        var gi2002 = Assert.Single(result.Diagnostics, d => d.Id == "GI2002");
        Assert.Contains("缺少 4 行", gi2002.Message);
        foreach (var label in new[] { "其他法律行政法规禁止公开", "危及“三安全一稳定”", "属于三类内部事务信息", "属于四类过程性信息" })
            Assert.Contains(label, gi2002.Message);
        Assert.Empty(result.NotAssessed);
    }

    [Fact]
    public void A_table_flattened_into_digits_is_one_finding_and_the_rules_reading_it_are_not_assessed()
    {
        int start = Sample.IndexOf(ApplicationsHeading, StringComparison.Ordinal) + ApplicationsHeading.Length;
        int end = Sample.IndexOf(ReviewsHeading, StringComparison.Ordinal);
        string text = Sample[..start] + "\n\n本年新收政府信息公开申请数量296012038上年结转政府信息公开申请数量2100003予以公开114011017总计297012039结转下年度继续办理2000002\n\n" + Sample[end..];

        var result = Lint(text, FailOn.None);

        var tableFindings = result.Diagnostics.Where(d => d.Id.StartsWith("GI2", StringComparison.Ordinal)).ToList();
        var gi2001 = Assert.Single(tableFindings);
        Assert.Equal("GI2001", gi2001.Id);
        Assert.Contains("展平", gi2001.Message);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id.StartsWith("GI3", StringComparison.Ordinal) || d.Id.StartsWith("GI4", StringComparison.Ordinal));
        var notAssessed = result.NotAssessed.Select(n => n.Id).ToList();
        foreach (var id in new[] { "GI3001", "GI3002", "GI3003", "GI4001", "GI2003" }) Assert.Contains(id, notAssessed);
        Assert.DoesNotContain("GI3004", notAssessed);
        Assert.Equal("incomplete", result.Verdict);

        string json = Write(new JsonFormatter(), result);
        Assert.Contains("\"notAssessed\"", json);
        Assert.Contains("\"ruleId\":\"GI3001\"", json.Replace(" ", ""));
        Assert.Contains("\"result\":\"incomplete\"", json.Replace(" ", ""));
        Assert.Contains("无法检查", Write(new TextFormatter(), result));
        Assert.Contains("\"govlintKind\":\"notAssessed\"", Write(new SarifFormatter(), result).Replace(" ", ""));
    }

    [Fact]
    public void A_table_whose_values_cannot_be_placed_is_one_GI2002_and_its_cells_are_not_checked()
    {
        int start = Sample.IndexOf("一、本年新收政府信息公开申请数量", StringComparison.Ordinal);
        int end = Sample.IndexOf(ReviewsHeading, StringComparison.Ordinal);
        string table = System.Text.RegularExpressions.Regex.Replace(Sample[start..end], @"(?<=\t)\d+(?=\t|\n)", "—");
        var result = Lint(Sample[..start] + table + Sample[end..]);

        var gi2002 = Assert.Single(result.Diagnostics, d => d.Id == "GI2002");
        Assert.Contains("无法检查", gi2002.Message);
        Assert.Contains("数值无法对应到单元格", gi2002.Message);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "GI2003" or "GI3001" or "GI3002" or "GI3003" or "GI4001");
        Assert.Contains(result.NotAssessed, n => n.Id == "GI2003" && n.Reason.Contains("收到和处理政府信息公开申请情况"));
    }

    [Fact]
    public void A_text_without_any_section_is_one_GI1001_and_no_table_findings()
    {
        var result = Lint("某某县市场监督管理局2024年政府信息公开工作年度报告\n\n今年我局认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息 120 条。\n");

        var gi1001 = Assert.Single(result.Diagnostics, d => d.Id == "GI1001");
        Assert.Contains("结构无法识别", gi1001.Message);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id.StartsWith("GI2", StringComparison.Ordinal));
        Assert.Contains(result.NotAssessed, n => n.Id == "GI1002" && n.Reason.Contains("结构无法识别"));
    }

    [Fact]
    public void A_report_that_can_be_checked_whole_passes_with_nothing_not_assessed()
    {
        var result = Lint(Sample);

        Assert.Empty(result.NotAssessed);
        Assert.Equal(result.Fails ? "fail" : "pass", result.Verdict);
    }

    [Fact]
    public void A_folder_lists_a_report_no_format_reads_yet_as_unreadable()
    {
        using var dir = new TempDirectory();
        dir.File("a.txt", Sample);
        dir.File("b.pdf", [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x00, 0x01]);

        var run = Linting.Runner().Run(new LintOptions([dir.Path]));

        var pdf = Assert.Single(run.Files, f => f.Path.EndsWith("b.pdf", StringComparison.Ordinal));
        Assert.NotNull(pdf.Error);
        Assert.Equal("unreadable", pdf.Verdict);
        Assert.Equal(2, run.Files.Count);
    }

    [Fact]
    public void On_the_real_reports_no_rule_reports_the_same_thing_twice_and_table_rules_report_once_per_table()
    {
        foreach (var path in Directory.GetFiles(TestPaths.Real).Where(p => !p.EndsWith(".json", StringComparison.Ordinal) && !p.EndsWith("README.md", StringComparison.Ordinal)))
        {
            var result = Linting.LintOne(path);
            var repeated = result.Diagnostics.GroupBy(d => (d.Id, d.Start.Line, d.Start.Column)).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(repeated.Count == 0, $"{Path.GetFileName(path)}: {string.Join(", ", repeated)}");
            foreach (var id in new[] { "GI2001", "GI2002", "GI2003" })
                Assert.True(result.Diagnostics.Count(d => d.Id == id) <= 3, $"{Path.GetFileName(path)}: more {id} than tables");
            var gi1001 = result.Diagnostics.Where(d => d.Id == "GI1001").ToList();
            Assert.True(gi1001.Count <= 1 || gi1001.Select(d => d.Message).Distinct().Count() == gi1001.Count, $"{Path.GetFileName(path)}: GI1001 repeated");
        }
        var shanghai = Linting.LintOne(Path.Combine(TestPaths.Real, "shanghai-kewei-2024-extracted.md"));
        Assert.Equal(178, Assert.Single(shanghai.Diagnostics, d => d.Id == "GI2003").Start.Line);
    }

    private static string Write(IDiagnosticFormatter formatter, FileResult result)
    {
        var summary = new LintSummary();
        summary.Add(result);
        var run = new LintRun([result], result.Diagnostics.Select(d => d.Rule).Concat(result.NotAssessed.Select(n => n.Rule)).DistinctBy(r => r.Id).ToList(), summary);
        using var output = new StringWriter();
        formatter.Write(run, output, new FormatterOptions());
        return output.ToString();
    }
}
