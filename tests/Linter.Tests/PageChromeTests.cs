using GovInfo.Tests;

namespace GovInfo.Linter.Tests;

/// <summary>No finding comes from a web page's chrome: a sidebar of earlier years' reports, a year in the footer.</summary>
public sealed class PageChromeTests
{
    // Earlier years, a heading-like 一、 line and a half-width colon after Chinese: each would be a finding
    // (GI4005, GI1003, GI6003) if the sidebar were read as part of the report.
    private const string Sidebar = """
        <div class="sidebar"><h3>往年年报:</h3><ul>
        <li><a href="/a">2023年政府信息公开工作年度报告</a></li>
        <li><a href="/b">2022 年，本局主动公开政府信息 100 条</a></li>
        <li><a href="/c">一、总体情况</a></li></ul></div>
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_sidebar_beside_the_body_adds_no_finding(bool oneLine)
    {
        string text = TestPaths.Fixture("003");
        string page = HtmlReportBuilder.FromReport(text, oneLine);
        Assert.Contains("<div class=\"content\">", page);
        page = page.Replace("<div class=\"content\">", Sidebar + "<div class=\"content\">");
        using var temp = new TempDirectory();
        var result = Linting.LintOne(temp.File("page.html", page));

        Assert.Null(result.Error);
        Assert.Equal(Linting.LintOne(text).Diagnostics.Select(d => d.Id), result.Diagnostics.Select(d => d.Id));
        Assert.DoesNotContain("往年年报", result.Source!.Text);
    }
}
