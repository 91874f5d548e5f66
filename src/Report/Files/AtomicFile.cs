using System.Security.Cryptography;

namespace GovInfo.Report.Files;

/// <summary>
/// Replaces a file safely: the new bytes go to a temporary file created exclusively (never through a planted
/// link) under an unpredictable name in the same folder, flushed to disk, given the original's mode and owner,
/// and renamed over the original, so a crash never leaves half a file. A symbolic link is written through (the
/// target changes, the link stays); a read-only file is refused; and when the caller says what the file held
/// when it was read, a file changed since (the user saved meanwhile) is refused instead of overwritten.
/// Refusals are <see cref="UnreadableFileException"/>s with the reason in Chinese; the file is then untouched.
/// </summary>
public static class AtomicFile
{
    public const string TempSuffix = ".govlint-tmp";

    /// <param name="path">The file to replace or create.</param>
    /// <param name="bytes">Its new content.</param>
    /// <param name="expected">What the file held when it was read; the write is refused if it holds anything else now.</param>
    /// <param name="overwrite">False to make a new file only: one that exists already (or appears meanwhile) is refused, never replaced.</param>
    public static void Write(string path, byte[] bytes, byte[]? expected = null, bool overwrite = true)
    {
        string target = FinalPath.Of(path);
        var existing = FileStatus.Of(target);
        if (existing.Kind is not (FileKind.Regular or FileKind.Missing))
            throw new UnreadableFileException($"不是普通文件（{FileStatus.Describe(existing.Kind)}），未写入。");
        if (existing.Kind == FileKind.Regular && IsReadOnly(target, existing))
            throw new UnreadableFileException("文件是只读的，未改写（如需修复，请先允许写入该文件）。");
        if (!overwrite && existing.Kind != FileKind.Missing)
            throw new UnreadableFileException("文件已存在，未覆盖（如需覆盖，请加 --force）。");
        if (expected is not null && existing.Kind == FileKind.Missing)
            throw new UnreadableFileException("文件在修复期间被删除或移走，未写入。");

        string temp = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}{TempSuffix}");
        bool created = false;
        try
        {
            using (var stream = CreateExclusively(temp, keepPrivate: existing.Kind == FileKind.Regular))
            {
                created = true;
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            if (existing.Kind == FileKind.Regular) KeepModeAndOwner(temp, existing);
            if (expected is not null && !RegularFile.ReadAllBytes(target).AsSpan().SequenceEqual(expected))
                throw new UnreadableFileException("文件在修复期间被修改（可能已在编辑器中保存），未写入修复；请重新运行 fix。");
            if (overwrite) File.Move(temp, target, overwrite: true);
            else MoveToNewName(temp, target);
            created = false;
        }
        finally
        {
            if (created) File.Delete(temp);
        }
    }

    /// <summary>Renames without replacing: a file that took the name meanwhile is refused.</summary>
    private static void MoveToNewName(string temp, string target)
    {
        try
        {
            File.Move(temp, target, overwrite: false);
        }
        catch (IOException) when (FileStatus.OfLink(target).Kind != FileKind.Missing)
        {
            throw new UnreadableFileException("文件已存在，未覆盖（如需覆盖，请加 --force）。");
        }
    }

    /// <summary>
    /// Read-only as its permission bits say for this user; for root, whom no bit stops, a file that no one may
    /// write (444): its owner made it read-only on purpose.
    /// </summary>
    private static bool IsReadOnly(string path, FileStatus status)
        => OperatingSystem.IsWindows() || !Environment.IsPrivilegedProcess
            ? File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly)
            : (status.Mode & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0;

    /// <summary>O_CREAT|O_EXCL: fails if anything, a planted symbolic link included, already has the name.</summary>
    private static FileStream CreateExclusively(string temp, bool keepPrivate)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        // Readable by the user alone until the original's mode is given to it (a new file keeps the umask's default).
        if (keepPrivate && !OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return new FileStream(temp, options);
    }

    private static void KeepModeAndOwner(string temp, FileStatus original)
    {
        if (OperatingSystem.IsWindows()) return;
        var written = FileStatus.Of(temp);
        if ((written.Owner != original.Owner || written.Group != original.Group)
            && UnixStat.Chown(temp, original.Owner, original.Group) != 0)
            throw new UnreadableFileException("无法保留文件的所有者（改写会把文件变成当前用户的），未改写。");
        File.SetUnixFileMode(temp, original.Mode);
    }
}
