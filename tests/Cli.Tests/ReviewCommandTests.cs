using System.Text.Json;
using GovInfo.Tests;

namespace GovInfo.Cli.Tests;

/// <summary><c>govlint review</c> as an editor runs it: a reviewed copy beside the draft, the draft untouched, nothing overwritten unasked.</summary>
public class ReviewCommandTests
{
    private static int FindingCount(string path)
    {
        var run = Govlint.Exec("lint", path, "--format", "json");
        using var json = JsonDocument.Parse(run.StdOut);
        return json.RootElement.EnumerateArray().Count(e => e.TryGetProperty("ruleId", out _));
    }

    [Fact]
    public void Review_writes_NAME_govlint_docx_beside_the_draft_and_leaves_the_draft_byte_identical()
    {
        using var dir = new TempDirectory();
        string docx = DocxBuilder.WriteFixture(Govlint.Fixture("000"), dir.Path);
        byte[] before = File.ReadAllBytes(docx);
        var mode = File.GetUnixFileMode(docx);
        var written = File.GetLastWriteTimeUtc(docx);

        var run = Govlint.Exec("review", docx);

        Assert.True(run.ExitCode == 0, run.StdErr);
        string reviewed = Path.Combine(dir.Path, Path.GetFileNameWithoutExtension(docx) + ".govlint.docx");
        Assert.True(File.Exists(reviewed), run.StdErr);
        Assert.Equal(before, File.ReadAllBytes(docx));
        Assert.Equal(mode, File.GetUnixFileMode(docx));
        Assert.Equal(written, File.GetLastWriteTimeUtc(docx));
        byte[] copy = File.ReadAllBytes(reviewed);
        Assert.Equal(FindingCount(docx) + 1, ReviewedDocx.Comments(copy).Count);
        Assert.Empty(ReviewedDocx.ValidationErrors(copy));
        Assert.Contains($"批注 {FindingCount(docx)} 条", run.StdErr);
    }

    [Fact]
    public void An_existing_file_is_never_overwritten_without_force_and_the_original_never()
    {
        using var dir = new TempDirectory();
        string docx = DocxBuilder.WriteFixture(Govlint.Fixture("001"), dir.Path);
        string target = dir.File("审阅稿.docx", "editor's own file");

        var refused = Govlint.Exec("review", docx, "-o", target);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("已存在", refused.StdErr);
        Assert.Equal("editor's own file", File.ReadAllText(target));

        var forced = Govlint.Exec("review", docx, "-o", target, "--force");
        Assert.True(forced.ExitCode == 0, forced.StdErr);
        Assert.NotEmpty(ReviewedDocx.Comments(File.ReadAllBytes(target)));

        byte[] before = File.ReadAllBytes(docx);
        var onItself = Govlint.Exec("review", docx, "-o", docx, "--force");
        Assert.Equal(2, onItself.ExitCode);
        Assert.Contains("不能写在原文件上", onItself.StdErr);
        Assert.Equal(before, File.ReadAllBytes(docx));
    }

    [Theory]
    [InlineData("defects-2024.txt")]
    [InlineData("city-ecology-2024.md")]
    public void A_text_or_markdown_report_gets_a_docx_rendition_with_the_same_comments(string sample)
    {
        using var dir = new TempDirectory();
        string report = dir.File(sample, File.ReadAllBytes(Path.Combine(TestPaths.Samples, sample)));
        string output = Path.Combine(dir.Path, "out.docx");

        var run = Govlint.Exec("review", report, "-o", output);

        Assert.True(run.ExitCode == 0, run.StdErr);
        byte[] copy = File.ReadAllBytes(output);
        Assert.Equal(FindingCount(report) + 1, ReviewedDocx.Comments(copy).Count);
        Assert.Empty(ReviewedDocx.ValidationErrors(copy));
        // What was read, headings included, as a Word document govlint reads back.
        var parsed = Govlint.Exec("parse", output);
        Assert.True(parsed.ExitCode == 0, parsed.StdErr);
        Assert.Contains("一、总体情况", parsed.StdOut);
    }

    [Fact]
    public void A_web_page_gets_a_docx_rendition_whose_comments_hold_the_findings_text()
    {
        using var dir = new TempDirectory();
        string page = dir.File("report.html", HtmlReportBuilder.FromReport(Path.Combine(TestPaths.Samples, "defects-2024.txt")));
        string output = Path.Combine(dir.Path, "report.govlint.docx");

        var run = Govlint.Exec("review", page);

        Assert.True(run.ExitCode == 0, run.StdErr);
        byte[] copy = File.ReadAllBytes(output);
        Assert.Empty(ReviewedDocx.ValidationErrors(copy));
        var lint = Govlint.Exec("lint", page, "--format", "json");
        using var json = JsonDocument.Parse(lint.StdOut);
        var texts = json.RootElement.EnumerateArray().Where(e => e.TryGetProperty("ruleId", out _)).Select(e => e.GetProperty("text").GetString()!).ToList();
        var comments = ReviewedDocx.Comments(copy);
        Assert.Equal(texts.Count + 1, comments.Count);
        var ranges = ReviewedDocx.Ranges(copy);
        // The underlined text of a one-line finding is what its comment holds (the page's markup is not in the rendition).
        foreach (var (text, comment) in texts.Zip(comments.Skip(1)).Where(p => p.First.Length > 0 && !p.First.Contains('\n') && !p.First.Contains('<')))
            Assert.Equal(text, ranges[comment.Id].Text);
    }

    [Fact]
    public void A_folder_is_reviewed_file_by_file_and_earlier_reviewed_copies_are_skipped()
    {
        using var dir = new TempDirectory();
        DocxBuilder.WriteFixture(Govlint.Fixture("002"), dir.Path);
        dir.File("b.txt", File.ReadAllBytes(Path.Combine(TestPaths.Samples, "defects-2024.txt")));

        var first = Govlint.Exec("review", dir.Path);
        Assert.True(first.ExitCode == 0, first.StdErr);
        Assert.Equal(2, Directory.GetFiles(dir.Path, "*.govlint.docx").Length);

        var second = Govlint.Exec("review", dir.Path);
        Assert.Contains("审阅稿，已跳过", second.StdErr);
        Assert.Contains("已存在", second.StdErr);
        Assert.Equal(2, Directory.GetFiles(dir.Path, "*.govlint.docx").Length);
    }
}
