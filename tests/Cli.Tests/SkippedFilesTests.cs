using GovInfo.Tests;

namespace GovInfo.Cli.Tests;

/// <summary>A folder walk counts the files no format reads (跳过 N 个不支持的文件) and lists them with --verbose; hidden files and Word's lock files are not counted.</summary>
public sealed class SkippedFilesTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Folder()
    {
        File.Copy(Path.Combine(TestPaths.Samples, "county-market-2024.txt"), _folder.File("report.txt", ""), overwrite: true);
        _folder.File("统计表.xlsx", "x");
        Directory.CreateDirectory(Path.Combine(_folder.Path, "附件"));
        File.WriteAllText(Path.Combine(_folder.Path, "附件", "links.csv"), "a,b");
        Directory.CreateDirectory(Path.Combine(_folder.Path, ".git"));
        File.WriteAllText(Path.Combine(_folder.Path, ".git", "HEAD"), "ref");
        _folder.File(".DS_Store", "x");
        _folder.File("~$report.docx", "x");
        return _folder.Path;
    }

    [Fact]
    public void The_summary_line_counts_the_skipped_files()
    {
        var run = Govlint.Exec("lint", Folder());
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("共检查 1 个文件：没有发现问题；跳过 2 个不支持的文件（加 --verbose 列出）。", run.StdOut);
        Assert.DoesNotContain("统计表.xlsx", run.StdErr);
    }

    [Fact]
    public void Verbose_lists_them_on_standard_error_and_keeps_json_clean()
    {
        var run = Govlint.Exec("lint", Folder(), "--format", "json", "--verbose");
        Assert.Equal(0, run.ExitCode);
        System.Text.Json.JsonDocument.Parse(run.StdOut).Dispose();
        string[] listed = run.StdErr.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => Path.GetFileName(l.Trim())).ToArray();
        Assert.Equal(["links.csv", "统计表.xlsx"], listed.Order(StringComparer.Ordinal));
        Assert.Contains("跳过 2 个不支持的文件", run.StdErr);
    }
}
