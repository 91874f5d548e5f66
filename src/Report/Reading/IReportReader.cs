using GovInfo.Report.Documents;
using GovInfo.Report.Text;

namespace GovInfo.Report.Reading;

/// <summary>A text format (plain text, Markdown): reads decoded text into a <see cref="Document"/>; fixes are written as text.</summary>
public interface IReportReader
{
    /// <summary>A short name such as <c>text</c> or <c>markdown</c>: the <see cref="Document.Format"/> of what it reads.</summary>
    string Format { get; }

    /// <summary>File extensions (with the dot, lower case) this reader claims.</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>How strongly the content looks like this format (0 = not at all), for files whose extension decides nothing.</summary>
    int ScoreContent(SourceText source);

    /// <summary>Reads the whole text; never throws on malformed input.</summary>
    Document Read(SourceText source);
}
