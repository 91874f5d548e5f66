using GovInfo.Linter.Engine;
using GovInfo.Linter.Fixes;
using GovInfo.Report.Files;
using GovInfo.Tests;

namespace GovInfo.Linter.Tests.Files;

/// <summary>Issue 17 (F11–F14): <c>fix</c> replaces a file without losing its mode, owner, link or the user's own edits.</summary>
public class SafeWriteTests
{
    private const string Before = "规划计划、等内容", After = "规划计划等内容";

    private static string Fixable(TempDirectory dir, string name = "r.txt") => dir.File(name, Linting.Fixture000);

    private static FixOutcome FixOne(string path) => Assert.Single(Linting.Fixer().Fix(new LintOptions([path]), dryRun: false));

    [Fact]
    public void The_mode_of_the_file_is_kept()
    {
        using var dir = new TempDirectory();
        string path = Fixable(dir);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        Assert.True(FixOne(path).Applied > 0);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Contains(After, File.ReadAllText(path));
    }

    [Fact]
    public void The_owner_of_the_file_is_kept_when_it_is_not_the_user()
    {
        if (!Environment.IsPrivilegedProcess) return; // only root can give a file to another user to begin with
        using var dir = new TempDirectory();
        string path = Fixable(dir);
        Assert.Equal(0, Chown(path, 1234, 2345));

        Assert.True(FixOne(path).Applied > 0);

        var status = FileStatus.Of(path);
        Assert.Equal((1234u, 2345u), (status.Owner, status.Group));
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "chown")]
    private static extern int Chown([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string path, uint owner, uint group);

    [Fact]
    public void A_read_only_file_is_refused_with_a_message_and_left_as_it_is()
    {
        using var dir = new TempDirectory();
        string path = Fixable(dir);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var outcome = FixOne(path);

        Assert.Contains("只读", outcome.Error);
        Assert.Equal(0, outcome.Applied);
        Assert.Equal(Linting.Fixture000, File.ReadAllText(path));
        Assert.Empty(Directory.GetFiles(dir.Path, "*" + AtomicFile.TempSuffix));
    }

    [Fact]
    public void A_symbolic_link_is_written_through_and_stays_a_link()
    {
        using var dir = new TempDirectory();
        string target = Fixable(dir, "t.txt");
        string link = Path.Combine(dir.Path, "l.txt");
        File.CreateSymbolicLink(link, "t.txt");

        Assert.True(FixOne(link).Applied > 0);

        Assert.Equal("t.txt", new FileInfo(link).LinkTarget);
        Assert.Contains(After, File.ReadAllText(target));
        Assert.DoesNotContain(Before, File.ReadAllText(target));
    }

    [Fact]
    public void A_link_planted_at_the_old_temporary_name_is_not_followed()
    {
        using var dir = new TempDirectory();
        string path = Fixable(dir);
        string victim = dir.File("victim.txt", "不能被改写");
        // The name the temporary file used to have, predictable from the process id.
        File.CreateSymbolicLink(Path.Combine(dir.Path, $".r.txt.{Environment.ProcessId}.govlint-tmp"), victim);

        Assert.True(FixOne(path).Applied > 0);

        Assert.Equal("不能被改写", File.ReadAllText(victim));
        Assert.Contains(After, File.ReadAllText(path));
    }

    [Fact]
    public void A_file_changed_since_it_was_read_is_not_overwritten()
    {
        using var dir = new TempDirectory();
        string path = dir.File("r.txt", "用户读取时的内容");
        byte[] read = File.ReadAllBytes(path);
        File.WriteAllText(path, "用户随后保存的内容");

        var refused = Assert.Throws<UnreadableFileException>(() => AtomicFile.Write(path, "修复后的内容"u8.ToArray(), expected: read));

        Assert.Contains("被修改", refused.Message);
        Assert.Equal("用户随后保存的内容", File.ReadAllText(path));
        Assert.Empty(Directory.GetFiles(dir.Path, "*" + AtomicFile.TempSuffix));
    }

    [Fact]
    public void A_file_unchanged_since_it_was_read_is_replaced()
    {
        using var dir = new TempDirectory();
        string path = dir.File("r.txt", "用户读取时的内容");

        AtomicFile.Write(path, "修复后的内容"u8.ToArray(), expected: File.ReadAllBytes(path));

        Assert.Equal("修复后的内容", File.ReadAllText(path));
    }
}
