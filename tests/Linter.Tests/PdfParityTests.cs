using GovInfo.Tests;

namespace GovInfo.Linter.Tests;

/// <summary>
/// A report printed to PDF by a word processor (tests/Data/Pdf: the fixtures' .docx renditions through LibreOffice,
/// ruled tables) gets the same findings, by rule, as the text it was made from.
/// </summary>
public class PdfParityTests
{
    public static TheoryData<string> Pdfs()
    {
        var data = new TheoryData<string>();
        foreach (var pdf in Directory.GetFiles(TestPaths.PdfRenditions, "*.pdf").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(pdf));
        return data;
    }

    [Theory]
    [MemberData(nameof(Pdfs))]
    public void A_printed_report_gets_the_findings_of_its_text(string pdf)
    {
        string name = Path.GetFileNameWithoutExtension(pdf);
        string text = name.Contains('_') ? TestPaths.Fixture(name[..3]) : Path.Combine(TestPaths.Samples, name + ".txt");

        var fromText = RuleIds(text);
        var fromPdf = Linting.LintOne(Path.Combine(TestPaths.PdfRenditions, pdf));

        Assert.True(fromPdf.Error is null, fromPdf.Error);
        Assert.NotEmpty(fromText);
        Assert.Equal(fromText, RuleIds(fromPdf));
    }

    private static List<string> RuleIds(string path) => RuleIds(Linting.LintOne(path));

    private static List<string> RuleIds(Engine.FileResult result) => result.Diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
}
