using System.Text;

namespace GovInfo.Report.Files;

/// <summary>
/// Reads input files (reports, rule files, govlint.yaml, baselines) only when they are regular files: a FIFO
/// would block for ever and <c>/dev/zero</c> never ends, so neither is opened, even behind a symbolic link.
/// The files embedded in the binary (<see cref="BuiltinFiles"/>) are read here too, as regular files.
/// </summary>
public static class RegularFile
{
    /// <summary>Why the path cannot be read as a file, or null when it is a regular file (symbolic links followed).</summary>
    public static string? Problem(string path)
    {
        if (path.Length == 0) return "路径为空。";
        if (BuiltinFiles.IsFile(path)) return null;
        var status = FileStatus.Of(path);
        return status.Kind switch
        {
            FileKind.Regular => null,
            FileKind.Missing when path.Contains('\uFFFD') => "文件名含有不是 UTF-8 编码的字节，无法按此名称打开；请把文件改为 UTF-8 文件名后再检查。",
            FileKind.Missing => null, // opening it gives the precise reason (not found, no permission)
            FileKind.Directory => "这是一个文件夹，不是文件。",
            var kind => $"不是普通文件（{FileStatus.Describe(kind)}），未读取。",
        };
    }

    /// <summary>Whether the path names a regular file (symbolic links followed).</summary>
    public static bool Exists(string path) => BuiltinFiles.IsFile(path) || FileStatus.Of(path).Kind == FileKind.Regular;

    public static byte[] ReadAllBytes(string path)
    {
        if (BuiltinFiles.IsFile(path)) return BuiltinFiles.ReadAllBytes(path);
        ThrowIfNotRegular(path);
        return File.ReadAllBytes(path);
    }

    /// <summary>Text as <see cref="File.ReadAllText(string)"/> reads it (UTF-8 unless a byte order mark says otherwise).</summary>
    public static string ReadAllText(string path)
    {
        if (BuiltinFiles.IsFile(path)) return BuiltinFiles.ReadAllText(path);
        ThrowIfNotRegular(path);
        return File.ReadAllText(path, Encoding.UTF8);
    }

    private static void ThrowIfNotRegular(string path)
    {
        if (Problem(path) is { } problem) throw new UnreadableFileException(problem);
    }
}
