using System.Text.Json;
using GovInfo.Tests;

namespace GovInfo.Cli.Tests;

public class DocxCommandTests
{
    [Fact]
    public void Parse_prints_the_bound_report_of_a_docx_with_paragraph_positions()
    {
        using var dir = new TempDirectory();
        string docx = DocxBuilder.WriteFixture(Govlint.Fixture("001"), dir.Path);

        var tree = Govlint.Exec("parse", docx);
        Assert.Equal(0, tree.ExitCode);
        Assert.Contains("读取方式：docx，位置：段落:列", tree.StdOut);
        Assert.Contains("二、主动公开政府信息情况 [规范名称] 第 9-", tree.StdOut);
        Assert.Contains("  标题 1:1 “平顶山市城乡一体化示范区 2024 年政府信息公开工作年度报告”", tree.StdOut);

        var run = Govlint.Exec("parse", docx, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.StdOut);
        var root = json.RootElement;
        Assert.Equal("docx", root.GetProperty("reader").GetString());
        Assert.Equal("docx-paragraphs", root.GetProperty("positionScheme").GetString());
        Assert.All(root.GetProperty("sections").EnumerateArray(), s => Assert.True(s.GetProperty("found").GetBoolean()));
        var applications = root.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("key").GetString() == "applications");
        Assert.Equal(175, applications.GetProperty("cells").GetArrayLength());
        var natural = applications.GetProperty("cells").EnumerateArray()
            .Single(c => c.GetProperty("rowKey").GetString() == "new" && c.GetProperty("columnKey").GetString() == "natural");
        Assert.Equal(42, natural.GetProperty("value").GetInt32());
        // A cell is a paragraph of its own: column 1 of its paragraph.
        Assert.Equal(1, natural.GetProperty("column").GetInt32());
    }

    [Fact]
    public void Lint_of_an_old_doc_is_a_clear_error_without_a_stack_trace()
    {
        using var dir = new TempDirectory();
        string doc = dir.File("old.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]]);

        var run = Govlint.Exec("lint", doc);
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("这是旧版 Word 97-2003 文档（.doc）", run.StdOut + run.StdErr);
        Assert.DoesNotContain("   at ", run.StdOut + run.StdErr);
    }
}
