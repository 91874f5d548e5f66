using GovInfo.Report.Binding;
using GovInfo.Report.Documents;
using GovInfo.Report.Files;
using GovInfo.Report.Reading;
using GovInfo.Report.Text;

namespace GovInfo.Report;

/// <summary>The outcome of loading one report file: the bound report, or a message saying why it could not be read.</summary>
public sealed record LoadResult(string Path, Binding.Report? Report, string? Error)
{
    public bool Succeeded => Report is not null;
}

/// <summary>Runs the first stage end to end: bytes → Document (through its format) → bound Report.</summary>
public sealed class ReportLoader(DocumentReader reader, TemplateBinder binder)
{
    public LoadResult Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = RegularFile.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return new LoadResult(path, null, e switch
            {
                UnreadableFileException => e.Message,
                FileNotFoundException or DirectoryNotFoundException => "文件不存在。",
                UnauthorizedAccessException => "没有读取该文件的权限。",
                _ => $"无法读取文件：{e.Message}",
            });
        }
        return Load(bytes, path);
    }

    public LoadResult Load(byte[] bytes, string path)
        => reader.TryRead(bytes, path, out var document, out var error)
            ? new LoadResult(path, binder.Bind(document), null)
            : new LoadResult(path, null, error);

    /// <summary>Reads and binds decoded text (a text file's, or a rule example's).</summary>
    public Binding.Report Load(SourceText source) => binder.Bind(reader.Read(source));

    public Binding.Report Bind(Document document) => binder.Bind(document);
}
