using GovInfo.Report.Documents;
using GovInfo.Report.Formats.Html;
using GovInfo.Tests;

namespace GovInfo.Report.Tests;

/// <summary>Titles where real reports put them: wrapped over lines, in a crawler's header, only in a web page's &lt;title&gt;, with 年度 after the year.</summary>
public sealed class TitleTests
{
    private static Binding.Report Text(string text, string path = "t.txt") => Reports.FromText(text, path);

    [Fact]
    public void A_title_wrapped_over_two_lines_is_one_title_and_the_issuer_may_follow_the_year()
    {
        var report = Text("正文\n2023 年某某区教育局政府信息公开工作\n年度报告\n根据《条例》规定，编制本\n报告。\n\n一、总体情况\n\n正文。\n");
        var title = report.Title!;
        Assert.Equal("2023 年某某区教育局政府信息公开工作年度报告", title.Block.Text);
        Assert.Equal(("某某区教育局", 2023), (title.Issuer, title.Year));
        var source = report.Document.Source;
        Assert.Equal("某某区教育局", source[title.IssuerSpan!.Value]);
        Assert.Equal("2023", source[title.YearSpan!.Value]);
        // The lines before and after it stay text of their own.
        var paragraphs = report.Document.Blocks.OfType<Paragraph>().Select(p => p.Text).ToList();
        Assert.Equal(["正文", "根据《条例》规定，编制本\n报告。", "正文。"], paragraphs);
    }

    [Fact]
    public void A_title_naming_no_issuer_takes_the_issuer_printed_on_the_line_above()
    {
        var report = Text("某某区人民政府\n2023年政府信息公开工作年度报告\n根据《条例》规定编制本报告。\n\n一、总体情况\n\n正文。\n");
        Assert.Equal(("某某区人民政府", 2023), (report.Title!.Issuer, report.Title.Year));
    }

    [Fact]
    public void A_crawler_header_field_names_the_title()
    {
        var report = Text("标题: 某某县2023年度政府信息公开工作年度报告\n发布时间: 2024-01-10 09:00\n原文链接: https://example.org/1.htm\n\n一、总体情况\n\n正文。\n");
        Assert.Equal("某某县2023年度政府信息公开工作年度报告", report.Title!.Block.Text);
        Assert.Equal(("某某县", 2023), (report.Title.Issuer, report.Title.Year));
        // The other header fields are the crawler's, not the report's: chrome, which prose rules do not read.
        var header = Assert.IsType<Chrome>(report.Document.Blocks[1]);
        Assert.Equal((ChromeKind.Metadata, "发布时间: 2024-01-10 09:00\n原文链接: https://example.org/1.htm"), (header.Kind, report.Document.Source[header.Span]));
        Assert.Equal("正文。", Assert.Single(report.Document.Blocks.OfType<Paragraph>()).Text);
    }

    [Theory]
    [InlineData("本报告根据《中华人民共和国政府信息公开条例》编制。")]
    [InlineData("现将本机关2024年政府信息公开工作年度报告公布如下：")]
    public void A_sentence_that_mentions_the_report_is_not_its_title(string line)
        => Assert.Null(Text($"{line}\n\n一、总体情况\n\n正文。\n").Title);

    [Theory]
    [InlineData("某某市2022年度政府信息公开工作年度报告", "某某市", 2022)]
    [InlineData("某某局 2024 年政府信息公开工作年度报告", "某某局", 2024)]
    [InlineData("2024年政府信息公开工作年度报告", null, 2024)]
    [InlineData("2024 年度报告", null, 2024)]
    public void Issuer_and_year(string line, string? issuer, int year)
    {
        var title = Text($"{line}\n\n一、总体情况\n\n正文。\n").Title!;
        Assert.Equal((issuer, (int?)year), (title.Issuer, title.Year));
    }

    [Fact]
    public void A_web_page_without_a_title_in_its_body_has_the_title_of_its_head()
    {
        const string page = "<html><head><title>某某局2023年度政府信息公开工作年度报告_某某市人民政府</title></head><body><div class=TRS_Editor>"
            + "<p>本报告根据《条例》编制。</p><p>一、总体情况</p><p>正文。</p></div></body></html>";
        var report = Html(page);
        Assert.Equal("某某局2023年度政府信息公开工作年度报告", report.Title!.Block.Text);
        Assert.Equal(("某某局", 2023), (report.Title.Issuer, report.Title.Year));
        Assert.Equal("本报告根据《条例》编制。", report.Document.Blocks.OfType<Paragraph>().First().Text);
    }

    [Fact]
    public void A_web_page_with_a_title_in_its_body_keeps_it()
    {
        const string page = "<html><head><title>政府信息公开工作年度报告_某某市人民政府</title></head><body><div class=TRS_Editor>"
            + "<p>某某局2023年政府信息公开工作年度报告</p><p>一、总体情况</p><p>正文。</p></div></body></html>";
        var report = Html(page);
        Assert.Equal("某某局2023年政府信息公开工作年度报告", report.Title!.Block.Text);
        // The head's title, offered as a fallback, is neither the title nor running text.
        Assert.DoesNotContain(report.Document.Blocks, b => b is Paragraph p && p.Text == "政府信息公开工作年度报告");
    }

    private static Binding.Report Html(string page)
    {
        var result = Reports.Loader.Load(System.Text.Encoding.UTF8.GetBytes(page), "page.html");
        Assert.True(result.Succeeded, result.Error);
        return result.Report!;
    }
}
