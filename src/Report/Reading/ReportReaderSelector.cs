using GovInfo.Report.Text;

namespace GovInfo.Report.Reading;

/// <summary>Chooses the registered reader for a file: by extension first, then by what the content looks like.</summary>
public sealed class ReportReaderSelector(IEnumerable<IReportReader> readers)
{
    private readonly IReadOnlyList<IReportReader> _readers = readers.ToList();

    public IReportReader Select(SourceText source)
    {
        string extension = Path.GetExtension(source.Path).ToLowerInvariant();
        return _readers.FirstOrDefault(r => r.Extensions.Contains(extension))
            ?? _readers.MaxBy(r => r.ScoreContent(source))
            ?? throw new InvalidOperationException("No report reader is registered.");
    }
}
