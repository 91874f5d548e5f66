using System.Diagnostics;
using GovInfo.Tests;

namespace GovInfo.Cli.Tests;

/// <summary>Issue 17 (F10, F16, F17, F21, F25, F26): bad paths and broken output end in one clear Chinese line, never a stack trace, and the other files still get their results.</summary>
public class CleanFailureTests
{
    private static string Defects => Path.Combine(TestPaths.Samples, "defects-2024.txt");

    private static Govlint.Run Shell(string command)
    {
        var start = new ProcessStartInfo("/bin/sh", ["-c", command]) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = TestPaths.RepositoryRoot };
        start.Environment.Remove("COLUMNS");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Govlint.Run(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string GovlintCommand => $"dotnet '{Path.Combine(AppContext.BaseDirectory, "govlint.dll")}'";

    [Theory]
    [InlineData("> /dev/full")]
    [InlineData(">&-")]
    public void A_stdout_that_cannot_be_written_gives_exit_2_and_one_line(string redirect)
    {
        var run = Shell($"{GovlintCommand} lint '{TestPaths.Samples}' {redirect}");

        Assert.Equal(2, run.ExitCode);
        string line = Assert.Single(run.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("govlint: 无法写入标准输出", line);
    }

    [Fact]
    public void An_unreadable_subfolder_is_reported_and_skipped_and_the_rest_is_linted()
    {
        // chmod 000 does not stop root: as root, run govlint as the unprivileged user nobody instead.
        bool root = Environment.IsPrivilegedProcess;
        Skip.If(root && !File.Exists("/usr/bin/setpriv"), "以 root 运行且没有 setpriv：无法以普通用户检查不可读的文件夹。");
        using var dir = new TempDirectory();
        File.Copy(Defects, dir.File("a.txt"));
        File.Copy(Defects, dir.File("locked/b.txt"));
        File.SetUnixFileMode(Path.Combine(dir.Path, "locked"), UnixFileMode.None);
        try
        {
            string asUser = root ? "setpriv --reuid=65534 --regid=65534 --clear-groups env HOME=/tmp " : "";
            var run = Shell($"{asUser}{GovlintCommand} lint '{dir.Path}' --format msbuild");

            Assert.Equal(2, run.ExitCode);
            Assert.Contains($"{dir.Path}/locked: error GI0000: 没有读取该文件夹的权限，已跳过其中的文件。", run.StdOut);
            Assert.Contains($"{dir.Path}/a.txt(", run.StdOut);
            Assert.DoesNotContain("locked/b.txt", run.StdOut);
            Assert.DoesNotContain("   at ", run.StdErr);
        }
        finally
        {
            File.SetUnixFileMode(Path.Combine(dir.Path, "locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void A_backslash_in_a_file_name_is_printed_as_written()
    {
        using var dir = new TempDirectory();
        string path = dir.File("报告\\2024.txt");
        File.Copy(Defects, path);

        var run = Govlint.Exec("lint", path, "--format", "msbuild");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}(", run.StdOut);
    }

    [Fact]
    public void Write_baseline_refuses_to_overwrite_an_input_report()
    {
        using var dir = new TempDirectory();
        string report = dir.File("r.txt");
        File.Copy(Defects, report);

        var run = Govlint.Exec("lint", report, "--write-baseline", report);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("基线文件不能是被检查的报告", run.StdErr);
        Assert.Equal(File.ReadAllBytes(Defects), File.ReadAllBytes(report));
    }

    [Fact]
    public void Lint_of_an_empty_path_says_so()
    {
        var run = Govlint.Exec("lint", "", "--format", "msbuild");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("路径为空", run.StdOut);
        Assert.DoesNotContain("内部错误", run.StdOut + run.StdErr);
    }

    [Fact]
    public void Rules_test_of_a_missing_path_says_it_does_not_exist()
    {
        var run = Govlint.Exec("rules", "test", "/nonexistent");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("/nonexistent: error: 路径不存在（找过 /nonexistent）。", run.StdErr.Trim());
        Assert.Equal("", run.StdOut);
    }

    [Fact]
    public void Parse_of_a_folder_shows_the_readable_files_beside_one_that_fails()
    {
        using var dir = new TempDirectory();
        File.Copy(Defects, dir.File("a.txt"));
        // Markdown nested past Markdig's depth limit: its reader throws (issue 17, F19).
        string nested = dir.File("b.md", new string('>', 10_000) + " 深层引用\n");
        File.Copy(Defects, dir.File("c.txt"));

        var run = Govlint.Exec("parse", dir.Path, "--format", "json");

        Assert.Contains(Path.Combine(dir.Path, "a.txt"), run.StdOut);
        Assert.Contains(Path.Combine(dir.Path, "c.txt"), run.StdOut);
        Assert.True(run.StdOut.Contains(nested) || run.StdErr.Contains($"{nested}: error: "), run.StdErr);
        Assert.DoesNotContain("   at ", run.StdErr);
    }
}
