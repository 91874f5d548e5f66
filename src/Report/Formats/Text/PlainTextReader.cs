using GovInfo.Report.Documents;
using GovInfo.Report.Reading;
using GovInfo.Report.Text;

namespace GovInfo.Report.Formats.Text;

/// <summary>
/// Reads plain-text reports as agencies export them: tables as runs of tab-separated or pipe rows,
/// everything else as running text (<see cref="RunningText"/>: headings as numbered lines or with
/// Markdown <c>#</c> markers, paragraphs, bullet items).
/// </summary>
/// <param name="headings">The template's part titles, to find headings written inside a line; none when null.</param>
public sealed class PlainTextReader(HeadingVocabulary? headings = null) : IReportReader
{
    public const string Name = "text";

    public string Format => Name;

    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".text"];

    public int ScoreContent(SourceText source) => 1;

    public Document Read(SourceText source)
    {
        var builder = new DocumentBuilder(Format, headings);
        string text = source.Text;
        int line = 1;
        while (line <= source.LineCount)
        {
            var span = source.GetLineSpan(line);
            if (RunningText.IsBlank(text, span) || RunningText.IsComment(text, span) || !TryReadTable(source, ref line, builder)) line++;
        }
        return builder.Build(source, runningText: true);
    }

    /// <summary>A run of rows from <paramref name="line"/> on: pipe rows, or tab-separated rows that hold data (<see cref="TableParser.HoldsData"/>).</summary>
    private static bool TryReadTable(SourceText source, ref int line, DocumentBuilder builder)
    {
        string text = source.Text;
        Func<string, TextSpan, bool>? isRow =
            TableParser.IsPipeRow(text, source.GetLineSpan(line)) ? TableParser.IsPipeRow
            : TableParser.IsTabRow(text, source.GetLineSpan(line)) ? TableParser.IsTabRow
            : null;
        if (isRow is null) return false;

        // A comment line (a govlint directive) inside a table belongs to no row and does not end the table.
        bool IsRowAt(int l) => l <= source.LineCount && isRow(text, source.GetLineSpan(l));
        int end = line;
        while (end <= source.LineCount && !RunningText.IsBlank(text, source.GetLineSpan(end))
               && (IsRowAt(end) || (RunningText.IsComment(text, source.GetLineSpan(end)) && IsRowAt(end + 1)))) end++;
        var run = new List<TextSpan>(end - line);
        for (int l = line; l < end; l++)
        {
            var span = source.GetLineSpan(l);
            if (!RunningText.IsComment(text, span) || isRow(text, span)) run.Add(span);
        }
        var table = isRow == TableParser.IsPipeRow ? TableParser.ParsePipes(source, run) : TableParser.ParseTabs(source, run);
        if (table.Syntax == TableSyntax.TabSeparated && !TableParser.HoldsData(table.Rows)) return false;
        builder.Add(table);
        line = end;
        return true;
    }
}
