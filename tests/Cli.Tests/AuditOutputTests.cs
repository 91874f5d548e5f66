using System.IO.Compression;
using System.Text;
using System.Text.Json;
using GovInfo.Tests;
using MiniExcelLibs;

namespace GovInfo.Cli.Tests;

/// <summary>Output auditors open in Excel: CSV with a byte order mark and Chinese headers, and xlsx workbooks.</summary>
public class AuditOutputTests
{
    [Fact]
    public void Csv_starts_with_a_byte_order_mark_and_reads_back_as_utf8_with_chinese_headers()
    {
        using var dir = new TempDirectory();
        string csv = Path.Combine(dir.Path, "问题.csv");
        var run = Govlint.Exec("lint", "samples", "--format", "csv", "--output", csv);
        Assert.Equal(1, run.ExitCode);

        var bytes = File.ReadAllBytes(csv);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = MiniExcel.Query(csv, useHeaderRow: true, excelType: ExcelType.CSV).Cast<IDictionary<string, object>>().ToList();
        var findings = Findings();
        Assert.Equal(findings.Count, rows.Count);
        Assert.Equal(["文件", "发布机关", "年度", "规则", "级别", "行", "列", "说明"], rows[0].Keys);
        for (int i = 0; i < rows.Count; i++)
        {
            Assert.Equal(findings[i].RuleId, rows[i]["规则"]?.ToString());
            Assert.Equal(findings[i].Message, rows[i]["说明"]?.ToString());
            Assert.Contains(rows[i]["级别"]?.ToString(), new[] { "错误", "警告", "提示" });
        }
    }

    [Fact]
    public void Summary_names_the_failing_rules_of_each_report()
    {
        var run = Govlint.Exec("summary", "samples");
        Assert.Equal(1, run.ExitCode);
        var lines = run.StdOut.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        int failing = Array.IndexOf(header, "未通过的规则"), verdict = Array.IndexOf(header, "结果");
        Assert.True(failing > 0 && verdict > failing);
        var defects = lines.Single(l => l.StartsWith("samples/defects-2024.txt,", StringComparison.Ordinal)).Split(',');
        var errorRules = Findings().Where(f => f.File == "samples/defects-2024.txt" && f.Severity == "error").Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(string.Join(" ", errorRules), defects[failing]);
        Assert.Equal("不通过", defects[verdict]);
        var clean = lines.Single(l => l.StartsWith("samples/county-market-2024.txt,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("", clean[failing]);
        Assert.Equal("通过", clean[verdict]);
    }

    [Theory]
    [InlineData("lint", "问题")]
    [InlineData("summary", "报告")]
    public void Xlsx_opens_with_a_sheet_per_view_frozen_headers_and_the_rows_of_the_run(string command, string firstSheet)
    {
        using var dir = new TempDirectory();
        string xlsx = Path.Combine(dir.Path, "结果.xlsx");
        var run = Govlint.Exec(command, "samples", "--format", "xlsx", "--output", xlsx);
        Assert.True(run.ExitCode == 1, run.StdErr);

        Assert.Equal([firstSheet, firstSheet == "问题" ? "报告" : "问题"], MiniExcel.GetSheetNames(xlsx));
        var findings = Findings();
        var problemRows = MiniExcel.Query(xlsx, useHeaderRow: true, sheetName: "问题").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(findings.Select(f => (f.File, f.RuleId, (double)f.Line)),
            problemRows.Select(r => ((string)r["文件"], (string)r["规则"], Convert.ToDouble(r["行"], System.Globalization.CultureInfo.InvariantCulture))));
        var reportRows = MiniExcel.Query(xlsx, useHeaderRow: true, sheetName: "报告").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(Directory.GetFiles(TestPaths.Samples).Length, reportRows.Count);
        Assert.Equal("不通过", reportRows.Single(r => (string)r["文件"] == "samples/defects-2024.txt")["结果"]);

        using var zip = ZipFile.OpenRead(xlsx);
        foreach (var sheet in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(sheet.Open(), Encoding.UTF8);
            Assert.Contains("state=\"frozen\"", reader.ReadToEnd());
        }
    }

    [Fact]
    public void Xlsx_goes_to_a_redirected_standard_output_as_a_zip()
    {
        // Standard output is a pipe here, so the workbook goes to it: the bytes are a zip.
        var run = Govlint.Exec("summary", "samples", "--format", "xlsx");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("PK", run.StdOut);
    }

    private sealed record Finding(string File, string RuleId, string Severity, int Line, string Message);

    private static List<Finding> Findings()
    {
        var run = Govlint.Exec("lint", "samples", "--format", "json");
        using var json = JsonDocument.Parse(run.StdOut);
        return json.RootElement.EnumerateArray().Select(d => new Finding(d.GetProperty("file").GetString()!, d.GetProperty("ruleId").GetString()!,
            d.GetProperty("severity").GetString()!, d.GetProperty("line").GetInt32(), d.GetProperty("message").GetString()!)).ToList();
    }
}
