namespace GovInfo.Report.Files;

/// <summary>
/// The kind, permission bits and owner of a file system entry, from <c>stat</c>/<c>lstat</c>. .NET's own API
/// cannot tell a FIFO or a device from a regular file (both are "Normal"), and opening a FIFO blocks, so the
/// kind is asked of the system before anything is opened.
/// </summary>
public readonly record struct FileStatus(FileKind Kind, UnixFileMode Mode, uint Owner, uint Group)
{
    /// <summary>The entry the path leads to, symbolic links followed.</summary>
    public static FileStatus Of(string path) => Query(path, followLinks: true);

    /// <summary>The entry itself: a symbolic link is reported as one.</summary>
    public static FileStatus OfLink(string path) => Query(path, followLinks: false);

    private static FileStatus Query(string path, bool followLinks)
    {
        if (path.Length == 0 || path.Contains('\0')) return new FileStatus(FileKind.Missing, 0, 0, 0);
        if (OperatingSystem.IsWindows()) return OfWindowsPath(path, followLinks);
        int result = followLinks ? UnixStat.Stat(path, out var status) : UnixStat.LStat(path, out status);
        if (result != 0) return new FileStatus(FileKind.Missing, 0, 0, 0);
        var kind = (status.Mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
        return new FileStatus(kind, (UnixFileMode)(status.Mode & 0xFFF), status.Uid, status.Gid);
    }

    private static FileStatus OfWindowsPath(string path, bool followLinks)
    {
        var info = new FileInfo(path);
        if (!info.Exists) return new FileStatus(Directory.Exists(path) ? FileKind.Directory : FileKind.Missing, 0, 0, 0);
        if (!followLinks && info.LinkTarget is not null) return new FileStatus(FileKind.SymbolicLink, 0, 0, 0);
        return new FileStatus(info.Attributes.HasFlag(FileAttributes.Device) ? FileKind.CharacterDevice : FileKind.Regular, 0, 0, 0);
    }

    /// <summary>The kind in words, for messages.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "命名管道 FIFO",
        FileKind.CharacterDevice => "字符设备",
        FileKind.BlockDevice => "块设备",
        FileKind.Socket => "套接字",
        FileKind.Directory => "文件夹",
        FileKind.SymbolicLink => "符号链接",
        _ => "特殊文件",
    };
}
