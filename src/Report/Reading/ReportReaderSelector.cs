using GovInfo.Report.Text;

namespace GovInfo.Report.Reading;

/// <summary>Chooses the registered reader for a file: by extension first, then by what the content looks like; projected text (.docx, HTML) is plain text.</summary>
public sealed class ReportReaderSelector(IEnumerable<IReportReader> readers)
{
    private readonly IReadOnlyList<IReportReader> _readers = readers.ToList();

    public IReportReader Select(SourceText source)
    {
        if (source.Map is not null) return _readers.First(r => r is PlainTextReader);
        string extension = Path.GetExtension(source.Path).ToLowerInvariant();
        return _readers.FirstOrDefault(r => r.Extensions.Contains(extension))
            ?? _readers.MaxBy(r => r.ScoreContent(source))
            ?? throw new InvalidOperationException("No report reader is registered.");
    }
}
