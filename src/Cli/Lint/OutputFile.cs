namespace GovInfo.Cli.Lint;

/// <summary>
/// Where <c>lint</c> and <c>summary</c> write: standard output, or the file named with <c>--output</c>. A workbook
/// (<c>--format xlsx</c>) is binary: it needs <c>--output</c> or a redirected standard output, never a terminal.
/// </summary>
public static class OutputFile
{
    public const string XlsxFormat = "xlsx";

    /// <summary>Why the output cannot be written as asked, or null.</summary>
    public static string? Problem(string format, string? path)
        => format == XlsxFormat && path is null && !Console.IsOutputRedirected
            ? "xlsx 是二进制文件，不能显示在终端上：请用 --output 指定文件，如 --output 检查结果.xlsx。"
            : null;

    /// <summary>Writes the workbook to the file, or to standard output (built in memory first: a zip needs a seekable stream).</summary>
    public static void WriteBinary(string? path, Action<Stream> write)
    {
        if (path is not null)
        {
            using var file = File.Create(path);
            write(file);
            return;
        }
        using var buffer = new MemoryStream();
        write(buffer);
        using var stdout = Console.OpenStandardOutput();
        buffer.Position = 0;
        buffer.CopyTo(stdout);
    }

    /// <summary>A text writer for the other formats: the file (UTF-8), or the console's buffered standard output (not disposed).</summary>
    public static TextWriter OpenText(string? path) => path is null ? Console.Out : new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
}
