using GovInfo.Report.Binding;
using GovInfo.Report.Formats.Docx;
using GovInfo.Report.Formats.Html;
using GovInfo.Report.Formats.Pdf;
using GovInfo.Report.Formats.Markdown;
using GovInfo.Report.Formats.Text;
using GovInfo.Report.Reading;
using GovInfo.Report.Template;
using GovInfo.Report.Text;
using GovInfo.Report;

namespace GovInfo.Tests;

/// <summary>One shared loader over the shipped template, as the CLI composes it.</summary>
public static class Reports
{
    public static ReportTemplate Template { get; } = TemplateLoader.LoadDefault();

    public static IReportReader[] Readers { get; } = [new PlainTextReader(Template.Headings), new MarkdownReader(Template.Headings)];

    public static ISourceFormat[] Formats { get; } = [new DocxFormat(Template.Headings), new HtmlFormat(headings: Template.Headings), new PdfFormat(Template.Headings)];

    public static DocumentReader Reader { get; } = new(Formats, Readers);

    public static ReportLoader Loader { get; } = new(Reader, new TemplateBinder(Template));

    public static Report.Binding.Report Load(string path)
    {
        var result = Loader.Load(path);
        Assert.True(result.Succeeded, result.Error);
        return result.Report!;
    }

    public static Report.Binding.Report FromText(string text, string path = "test.txt") => Loader.Load(new SourceText(text, path));
}
