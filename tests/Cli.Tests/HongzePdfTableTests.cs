using System.Text.Json;
using GovInfo.Tests;

namespace GovInfo.Cli.Tests;

/// <summary>
/// Every cell of 表三 and 表四 of the real WPS PDF (../shared/real/hongze-gov-2023.pdf) as `govlint parse --format json`
/// binds them: 表三 printed across pages 3–4 with its label 三、本年度办理结果 set vertically in a merged cell, 表四's
/// sub-tables under merged headers. The values were read off the rendered pages (pdftotext -layout), not from govlint.
/// </summary>
public class HongzePdfTableTests
{
    private static readonly string[] Applications =
    [
        "new 21 0 0 0 0 0 21",
        "carried_over 0 0 0 0 0 0 0",
        "results.disclosed 0 0 0 0 0 0 0",
        "results.partly_disclosed 4 0 0 0 0 0 4",
        "results.withheld.state_secret 1 0 0 0 0 0 1",
        // 2.其他法律行政止公开 (misspelt in the PDF itself) is not bound: GI2002 names it.
        "results.withheld.three_securities 0 0 0 0 0 0 0",
        "results.withheld.third_party 0 0 0 0 0 0 0",
        "results.withheld.internal_affairs 0 0 0 0 0 0 0",
        "results.withheld.process_information 1 0 0 0 0 0 1",
        "results.withheld.enforcement_files 1 0 0 0 0 0 1",
        "results.withheld.inquiry_matters 0 0 0 0 0 0 0",
        "results.unavailable.not_held 10 0 0 0 0 0 10",
        "results.unavailable.needs_creation 3 0 0 0 0 0 3",
        "results.unavailable.still_unclear 0 0 0 0 0 0 0",
        "results.not_processed.petitions 1 0 0 0 0 0 1",
        "results.not_processed.repeated 0 0 0 0 0 0 0",
        "results.not_processed.publications 0 0 0 0 0 0 0",
        "results.not_processed.abusive 0 0 0 0 0 0 0",
        "results.not_processed.confirmation 0 0 0 0 0 0 0",
        "results.total 21 0 0 0 0 0 21",
        "carried_forward 0 0 0 0 0 0 0",
    ];

    private static readonly string[] Reviews = ["cases 10 1 0 0 0 0 0 0 0 0 5 0 0 0 0"];

    [Theory]
    [InlineData("applications")]
    [InlineData("reviews")]
    public void Every_cell_of_the_table_is_bound_with_its_printed_value(string key)
    {
        string path = Path.Combine(TestPaths.Real, "hongze-gov-2023.pdf");
        var run = Govlint.Exec("parse", path, "--format", "json");
        Assert.True(run.ExitCode == 0, run.StdErr);
        using var json = JsonDocument.Parse(run.StdOut);
        var report = json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement[0] : json.RootElement;
        Assert.Equal("pdf-page-lines", report.GetProperty("positionScheme").GetString());
        var table = report.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("key").GetString() == key);
        var rows = new List<string>();
        foreach (var cell in table.GetProperty("cells").EnumerateArray())
        {
            string row = cell.GetProperty("rowKey").GetString()!;
            string value = cell.GetProperty("value").ValueKind == JsonValueKind.Number ? cell.GetProperty("value").GetRawText() : "-";
            Assert.True(cell.GetProperty("page").GetInt32() is 3 or 4, $"{row}: page {cell.GetProperty("page")}");
            if (rows.Count > 0 && rows[^1].StartsWith(row + " ", StringComparison.Ordinal)) rows[^1] += " " + value;
            else rows.Add(row + " " + value);
        }
        Assert.Equal(key == "applications" ? Applications : Reviews, rows);
    }
}
