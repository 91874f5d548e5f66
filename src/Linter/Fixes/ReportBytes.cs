using System.Diagnostics.CodeAnalysis;
using GovInfo.Report.Files;

namespace GovInfo.Linter.Fixes;

/// <summary>Reads the bytes of a report that is to be written back or copied (fix, review), with the reason in Chinese when it cannot be read.</summary>
public static class ReportBytes
{
    public static bool TryRead(string file, [NotNullWhen(true)] out byte[]? bytes, [NotNullWhen(false)] out string? error)
    {
        bytes = null;
        error = null;
        try
        {
            bytes = RegularFile.ReadAllBytes(file);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = e switch
            {
                UnreadableFileException => e.Message,
                FileNotFoundException or DirectoryNotFoundException => "文件不存在。",
                UnauthorizedAccessException => "没有读取该文件的权限。",
                _ => $"无法读取文件：{e.Message}",
            };
            return false;
        }
    }
}
