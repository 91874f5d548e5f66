using System.Diagnostics;
using GovInfo.Report.Files;
using GovInfo.Tests;

namespace GovInfo.Report.Tests.Files;

/// <summary>Issue 17 (F6, F20, F21, F26): only regular files are read, folder links are not followed, a name that cannot be opened says why.</summary>
public class InputFileTests
{
    private const string ReportText = "示例局2024年政府信息公开工作年度报告\n\n一、总体情况\n\n本机关依法公开政府信息。\n";

    private static List<string> Expand(params string[] paths)
    {
        var files = InputFiles.Expand(paths, Reports.Reader, out var errors);
        return [.. files, .. errors.Select(e => $"{e.Path}: {e.Message}")];
    }

    private static void Shell(string command)
    {
        using var process = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", command]) { RedirectStandardError = true })!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
    }

    [Fact]
    public void A_fifo_in_a_folder_is_skipped_with_a_message_and_the_other_files_are_listed()
    {
        using var dir = new TempDirectory();
        string report = dir.File("a.txt", ReportText);
        string fifo = Path.Combine(dir.Path, "pipe.txt");
        Shell($"mkfifo '{fifo}'");

        var listed = Expand(dir.Path);

        Assert.Equal([report, $"{fifo}: 不是普通文件（命名管道 FIFO），已跳过。"], listed);
    }

    [Fact]
    public void A_fifo_named_as_a_report_is_not_opened()
    {
        using var dir = new TempDirectory();
        string fifo = Path.Combine(dir.Path, "pipe.txt");
        Shell($"mkfifo '{fifo}'");
        // Before the fix the loader opened the FIFO: this writer let it read a report, so the test fails instead of hanging.
        var writer = Task.Run(() => File.WriteAllText(fifo, ReportText));

        var loaded = Reports.Loader.Load(fifo);

        if (loaded.Report is null) File.ReadAllText(fifo); // the FIFO was left alone: release the writer
        writer.Wait();
        Assert.Null(loaded.Report);
        Assert.Contains("命名管道", loaded.Error);
    }

    [Fact]
    public void A_link_to_a_device_is_not_read()
    {
        using var dir = new TempDirectory();
        string link = Path.Combine(dir.Path, "zero.txt");
        File.CreateSymbolicLink(link, "/dev/null");

        var loaded = Reports.Loader.Load(link);

        Assert.Null(loaded.Report);
        Assert.Equal("不是普通文件（字符设备），未读取。", loaded.Error);
        Assert.Equal([$"{link}: 不是普通文件（字符设备），已跳过。"], Expand(dir.Path));
    }

    [Fact]
    public void A_link_to_a_file_is_read()
    {
        using var dir = new TempDirectory();
        string target = dir.File("target.txt", ReportText);
        string link = Path.Combine(dir.Path, "link.txt");
        File.CreateSymbolicLink(link, target);

        Assert.Equal([link, target], Expand(dir.Path));
        Assert.NotNull(Reports.Loader.Load(link).Report);
    }

    [Fact]
    public void A_link_to_a_parent_folder_is_not_followed_so_each_file_is_listed_once()
    {
        using var dir = new TempDirectory();
        string report = dir.File("d/a.txt", ReportText);
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "d", "self"), "..");
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "d", "loop"), Path.Combine(dir.Path, "d"));

        Assert.Equal([report], Expand(Path.Combine(dir.Path, "d")));
    }

    [Fact]
    public void A_file_name_that_is_not_utf8_is_reported_as_such_not_as_missing()
    {
        using var dir = new TempDirectory();
        Shell($"printf '%s' '{ReportText}' > '{dir.Path}/'\"$(printf '\\377\\376')\"'.txt'");

        string listed = Assert.Single(Expand(dir.Path));
        var loaded = Reports.Loader.Load(listed);

        Assert.Null(loaded.Report);
        Assert.Contains("不是 UTF-8", loaded.Error);
    }

    [Fact]
    public void An_empty_path_is_a_clear_error()
    {
        var files = InputFiles.Expand([""], Reports.Reader, out var errors);
        Assert.Empty(files);
        Assert.Equal("路径为空：请给出报告文件或文件夹。", Assert.Single(errors).Message);
    }

    [Theory]
    [InlineData("a\\b.txt")]
    [InlineData("目录\\报告.md")]
    public void A_backslash_in_a_unix_file_name_is_shown_as_written(string name)
    {
        Assert.Equal(OperatingSystem.IsWindows() ? name.Replace('\\', '/') : name, DisplayPath.Of(name));
    }
}
