using GovInfo.Linter.Engine;
using GovInfo.Tests;

namespace GovInfo.Linter.Tests.Formats;

/// <summary>
/// The default pack on portal pages built from the fixtures (chrome around the body, text split across
/// spans, merged table cells): the same findings as on the text files, at their text in the HTML source.
/// </summary>
public sealed class HtmlParityTests
{
    public static TheoryData<string, bool> Fixtures()
    {
        var data = new TheoryData<string, bool>();
        foreach (var f in TestPaths.AllFixtures) { data.Add(Path.GetFileName(f), false); data.Add(Path.GetFileName(f), true); }
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Same_rule_ids_as_the_text_file(string name, bool oneLine)
    {
        string text = Path.Combine(TestPaths.Fixtures, name);
        using var temp = new TempDirectory();
        string html = temp.File(Path.ChangeExtension(name, ".html"), HtmlReportBuilder.FromReport(text, oneLine));

        var expected = Linting.LintOne(text);
        var actual = Linting.LintOne(html);

        Assert.Null(actual.Error);
        Assert.NotEmpty(expected.Diagnostics);
        Assert.Equal(Ids(expected), Ids(actual));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Binds_the_same_sections_and_cells_as_the_text_file(string name, bool oneLine)
    {
        string text = Path.Combine(TestPaths.Fixtures, name);
        using var temp = new TempDirectory();
        var expected = Reports.Load(text);
        var actual = Reports.Load(temp.File(Path.ChangeExtension(name, ".html"), HtmlReportBuilder.FromReport(text, oneLine)));

        Assert.Equal("html", actual.Document.Format);
        Assert.Equal(expected.Title?.Issuer, actual.Title?.Issuer);
        Assert.Equal(expected.Sections.Select(s => s.IsFound), actual.Sections.Select(s => s.IsFound));
        Assert.All(actual.Tables, t => Assert.True(t.IsFound));
        Assert.Equal(Cells(expected), Cells(actual));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_finding_points_at_its_text_in_the_html_source(string name, bool oneLine)
    {
        using var temp = new TempDirectory();
        string page = HtmlReportBuilder.FromReport(Path.Combine(TestPaths.Fixtures, name), oneLine);
        var result = Linting.LintOne(temp.File(Path.ChangeExtension(name, ".html"), page));

        var html = new Report.Text.SourceText(page);
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics.Where(d => !d.Span.IsEmpty), d =>
        {
            // The first character that is not white space (which may be an &nbsp; in the source).
            int first = Enumerable.Range(d.Span.Start, d.Span.Length).First(i => !char.IsWhiteSpace(d.Source.Text[i]));
            var position = d.Source.Locate(first);
            Assert.Equal(d.Source.Text[first], page[html.GetLineSpan(position.Line).Start + position.Column - 1]);
            if (first == d.Span.Start) Assert.Equal(position, d.Start);
        });
    }

    [Fact]
    public void Chrome_around_the_body_is_not_read()
    {
        using var temp = new TempDirectory();
        var report = Reports.Load(temp.File("page.html", HtmlReportBuilder.FromReport(TestPaths.Fixture("000"))));
        string read = report.Document.Source.Text;

        foreach (string chrome in new[] { "IPV6", "QQ空间", "当前位置", "版权所有", "siteYear", "2019", "门户网站" })
            Assert.DoesNotContain(chrome, read);
    }

    [Fact]
    public void A_body_without_a_title_takes_the_title_from_the_page()
    {
        using var temp = new TempDirectory();
        string page = """
            <html><head><title>某某县财政局2024年政府信息公开工作年度报告_某某县人民政府</title></head>
            <body><div class="nav">首页 政务公开</div><article><p>一、总体情况</p><p>本机关依法公开政府信息。</p></article></body></html>
            """;
        var report = Reports.Load(temp.File("page.html", page));

        Assert.Equal("某某县财政局", report.Title?.Issuer);
        Assert.Equal(2024, report.Title?.Year);
        Assert.Equal(new Report.Text.LinePosition(1, 20), report.Document.Source.Locate(report.Title!.Block.TextSpan.Start));
    }

    [Fact]
    public void Fix_edits_only_the_fixed_text_of_the_html_and_a_second_run_changes_nothing()
    {
        using var temp = new TempDirectory();
        string before = HtmlReportBuilder.FromReport(TestPaths.Fixture("000"));
        string file = temp.File("000.html", before);
        var diagnostics = Linting.LintOne(file).Diagnostics;
        var finding = diagnostics.Single(d => d.Id == "GI6002");
        int offset = new Report.Text.SourceText(before).GetLineSpan(finding.Start.Line).Start + finding.Start.Column - 1;
        Assert.Equal('、', before[offset]);
        // GI6003's fixes take the blank after the comma, which the page's white space gives: fix applies them too (issue 17, F27).
        int offered = diagnostics.Count(d => d.Fix is not null);
        Assert.True(offered > 1);

        var outcome = Linting.Fixer().Fix(new LintOptions([file]), dryRun: false).Single();

        Assert.Null(outcome.Error);
        Assert.Equal(offered, outcome.Applied);
        string after = File.ReadAllText(file);
        Assert.Equal(before[..offset], after[..offset]);
        Assert.NotEqual('、', after[offset]);
        Assert.DoesNotContain(Linting.LintOne(file).Diagnostics, d => d.Fix is not null);
        Assert.DoesNotContain(Linting.LintOne(file).Diagnostics, d => d.Id == "GI6002");
        Assert.Equal(0, Linting.Fixer().Fix(new LintOptions([file]), dryRun: false).Single().Applied);
    }

    [Fact]
    public void A_directive_comment_in_the_page_suppresses_the_next_paragraph()
    {
        using var temp = new TempDirectory();
        string page = "<html><body><article><p>某局2024年政府信息公开工作年度报告</p><p>一、总体情况</p>"
            + "<!-- govlint-disable-next-line GI6002 --><p>本机关公开规章、规范性文件、等信息。</p><p>另有规划、等内容。</p></article></body></html>";
        var result = Linting.LintOne(temp.File("page.html", page));

        var remaining = result.Diagnostics.Where(d => d.Id is "GI6002" or "GI0001").ToList();
        Assert.Equal("GI6002", Assert.Single(remaining).Id);
        Assert.Equal("另", remaining[0].Source.GetLine(remaining[0].SourceLine)[..1]);
    }

    private static List<string> Ids(FileResult result) => result.Diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal).ToList();

    private static List<string> Cells(Report.Binding.Report report)
        => report.Tables.SelectMany(t => t.Cells.Select(c => $"{t.Definition.Key}/{c.Row.Key}/{c.Column.Key}={c.Cell?.Text}")).ToList();
}
