using System.Text.Json;
using ApprovalTests;
using ApprovalTests.Reporters;

namespace GovInfo.Cli.Tests;

[UseReporter(typeof(QuietReporter))]
public class ParseCommandTests
{
    [Fact]
    public void Tree_output_of_a_fixture_matches_the_approved_snapshot()
    {
        var run = Govlint.Exec("parse", "../shared/fixtures/" + Path.GetFileName(Govlint.Fixture("000")));
        Assert.Equal(0, run.ExitCode);
        Approvals.Verify(run.StdOut);
    }

    [Fact]
    public void Tree_output_of_the_markdown_sample_matches_the_approved_snapshot()
    {
        var run = Govlint.Exec("parse", "samples/city-ecology-2024.md", "--format", "tree");
        Assert.Equal(0, run.ExitCode);
        Approvals.Verify(run.StdOut);
    }

    [Fact]
    public void Json_output_addresses_every_cell_with_its_position()
    {
        var run = Govlint.Exec("parse", Govlint.Fixture("001"), "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.StdOut);
        var root = json.RootElement;
        Assert.Equal(2024, root.GetProperty("title").GetProperty("year").GetInt32());
        Assert.Equal("平顶山市城乡一体化示范区", root.GetProperty("title").GetProperty("issuer").GetString());
        var sections = root.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(6, sections.Count);
        Assert.All(sections, s => Assert.True(s.GetProperty("found").GetBoolean()));
        Assert.Equal(19, sections[1].GetProperty("line").GetInt32());

        var applications = root.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("key").GetString() == "applications");
        var cells = applications.GetProperty("cells").EnumerateArray().ToList();
        Assert.Equal(175, cells.Count);
        var natural = cells.Single(c => c.GetProperty("rowKey").GetString() == "new" && c.GetProperty("columnKey").GetString() == "natural");
        Assert.Equal(42, natural.GetProperty("value").GetInt32());
        Assert.Equal(41, natural.GetProperty("line").GetInt32());
        Assert.Equal(19, natural.GetProperty("column").GetInt32());
        Assert.Equal(21, natural.GetProperty("endColumn").GetInt32());
        Assert.Empty(applications.GetProperty("unboundRows").EnumerateArray());
    }

    [Fact]
    public void Placeholder_cells_are_shown_as_not_numbers()
    {
        var run = Govlint.Exec("parse", "samples/defects-2024.txt", "--format", "json");
        using var json = JsonDocument.Parse(run.StdOut);
        var slash = json.RootElement.GetProperty("tables").EnumerateArray()
            .SelectMany(t => t.GetProperty("cells").EnumerateArray())
            .Single(c => c.GetProperty("kind").GetString() == "placeholder");
        Assert.Equal("/", slash.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, slash.GetProperty("value").ValueKind);
    }

    [Fact]
    public void Missing_file_is_a_usage_error_without_a_stack_trace()
    {
        var run = Govlint.Exec("parse", "no/such/report.txt");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no/such/report.txt: error: 文件不存在。", run.StdErr);
        Assert.DoesNotContain("   at ", run.StdErr);
    }

    [Fact]
    public void Binary_file_is_refused_clearly()
    {
        string path = Path.Combine(Path.GetTempPath(), $"govlint-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08]);
        try
        {
            var run = Govlint.Exec("parse", path);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("文件不是文本", run.StdErr);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_folder_parses_every_report_in_it_in_order()
    {
        var run = Govlint.Exec("parse", "samples", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.StdOut);
        Assert.Equal(["samples/city-ecology-2024.md", "samples/county-market-2024.txt", "samples/defects-2024.txt"],
            json.RootElement.EnumerateArray().Select(r => r.GetProperty("file").GetString()));
    }

    [Fact]
    public void One_unreadable_file_among_several_still_prints_the_others_and_fails()
    {
        var run = Govlint.Exec("parse", "samples/county-market-2024.txt", "missing.txt");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("missing.txt: error: 文件不存在。", run.StdErr);
        Assert.Contains("示例县市场监督管理局", run.StdOut);
    }

    [Fact]
    public void Unknown_format_is_a_usage_error()
    {
        var run = Govlint.Exec("parse", Govlint.Fixture("000"), "--format", "xml");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("xml", run.StdErr);
    }
}
