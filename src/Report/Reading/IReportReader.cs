using GovInfo.Report.Documents;
using GovInfo.Report.Text;

namespace GovInfo.Report.Reading;

/// <summary>Reads one kind of report file into a <see cref="Document"/>; readers are registered services.</summary>
public interface IReportReader
{
    /// <summary>A short name such as <c>text</c> or <c>markdown</c>.</summary>
    string Format { get; }

    /// <summary>File extensions (with the dot, lower case) this reader claims.</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>How strongly the content looks like this format (0 = not at all), for files whose extension decides nothing.</summary>
    int ScoreContent(SourceText source);

    /// <summary>Reads the whole text; never throws on malformed input.</summary>
    Document Read(SourceText source);
}
