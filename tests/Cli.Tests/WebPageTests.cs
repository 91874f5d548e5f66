using GovInfo.Tests;

namespace GovInfo.Cli.Tests;

/// <summary>The govlint process on a web page: parse shows the bound report, lint shows positions in the HTML source.</summary>
public class WebPageTests
{
    [Fact]
    public void Parse_shows_the_bound_report_of_a_web_page()
    {
        using var temp = new TempDirectory();
        string page = temp.File("report.html", HtmlReportBuilder.FromReport(Govlint.Fixture("000")));

        var run = Govlint.Exec("parse", page);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("读取方式：html", run.StdOut);
        Assert.DoesNotContain("缺失", run.StdOut);
        Assert.DoesNotContain("未找到", run.StdOut);
        Assert.Contains("收到和处理政府信息公开申请情况（applications）第 60-97 行", run.StdOut);
    }

    [Fact]
    public void Parse_text_shows_what_was_read_from_the_page()
    {
        using var temp = new TempDirectory();
        string page = temp.File("report.html", "<html><body><nav>首页</nav><article><h1>某局2024年政府信息公开工作年度报告</h1><p>一、总体情况</p></article></body></html>");

        var run = Govlint.Exec("parse", page, "--format", "text");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("# 某局2024年政府信息公开工作年度报告\n\n一、总体情况\n\n", run.StdOut.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Lint_reports_the_line_and_column_in_the_html_source()
    {
        using var temp = new TempDirectory();
        string html = "<html><body><div class=TRS_Editor>\n<p>某局2024年政府信息公开工作年度报告</p>\n<p>一、总体情况</p>\n<p>本机关公开规章、规范性文件、等信息。</p>\n</div></body></html>";
        string page = temp.File("report.html", html);

        var run = Govlint.Exec("lint", page);

        Assert.Contains("report.html:4:17: warning GI6002:", run.StdOut);
        Assert.Contains(" 4 | 本机关公开规章、规范性文件、等信息。", run.StdOut);
    }
}
