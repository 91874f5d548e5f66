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
public sealed class ReportLoader(ReportReaderSelector readers, TemplateBinder binder)
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
        => SourceDecoder.TryDecode(bytes, path, out var source, out var error)
            ? new LoadResult(path, Load(source), null)
            : new LoadResult(path, null, error);

    public Binding.Report Load(SourceText source) => binder.Bind(readers.Select(source).Read(source));
}
