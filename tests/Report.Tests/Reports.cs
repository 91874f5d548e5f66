using GovInfo.Report.Binding;
using GovInfo.Report.Reading;
using GovInfo.Report.Template;
using GovInfo.Report.Text;

namespace GovInfo.Report.Tests;

/// <summary>One shared loader over the shipped template, as the CLI composes it.</summary>
public static class Reports
{
    public static ReportTemplate Template { get; } = TemplateLoader.LoadDefault();

    public static ReportLoader Loader { get; } = new(
        new ReportReaderSelector([new PlainTextReader(), new MarkdownReader()]),
        new TemplateBinder(Template));

    public static Binding.Report Load(string path)
    {
        var result = Loader.Load(path);
        Assert.True(result.Succeeded, result.Error);
        return result.Report!;
    }

    public static Binding.Report FromText(string text, string path = "test.txt") => Loader.Load(new SourceText(text, path));

    /// <summary>Line:column of a bound cell, and its value.</summary>
    public static (decimal? Value, string At) CellAt(Binding.Report report, string table, string row, string column)
    {
        var cell = report.Table(table)!.Cell(row, column);
        Assert.NotNull(cell);
        Assert.NotNull(cell.Cell);
        return (cell.Number, report.Document.Source.GetLinePosition(cell.Cell.Span.Start).ToString());
    }
}
