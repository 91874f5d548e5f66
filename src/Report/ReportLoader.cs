using GovInfo.Report.Binding;
using GovInfo.Report.Reading;
using GovInfo.Report.Text;

namespace GovInfo.Report;

/// <summary>The outcome of loading one report file: the bound report, or a message saying why it could not be read.</summary>
public sealed record LoadResult(string Path, Binding.Report? Report, string? Error)
{
    public bool Succeeded => Report is not null;
}

/// <summary>Runs the first stage end to end: bytes → <see cref="SourceText"/> → Document → bound Report.</summary>
public sealed class ReportLoader(SourceOpener opener, ReportReaderSelector readers, TemplateBinder binder)
{
    public LoadResult Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return new LoadResult(path, null, e switch
            {
                FileNotFoundException or DirectoryNotFoundException => "文件不存在。",
                UnauthorizedAccessException => "没有读取该文件的权限。",
                _ => $"无法读取文件：{e.Message}",
            });
        }
        return Load(bytes, path);
    }

    public LoadResult Load(byte[] bytes, string path)
        => opener.TryOpen(bytes, path, out var source, out var error)
            ? new LoadResult(path, Load(source), null)
            : new LoadResult(path, null, error);

    public Binding.Report Load(SourceText source)
    {
        var document = readers.Select(source).Read(source);
        // A projected text is read as plain text, but the document says where it came from.
        if (source.Map is { } map) document = new Documents.Document(source, map.Format, document.Blocks);
        return binder.Bind(document);
    }
}
