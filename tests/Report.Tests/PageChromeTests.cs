using GovInfo.Report.Documents;
using GovInfo.Report.Formats.Markdown;
using GovInfo.Report.Formats.Text;
using GovInfo.Report.Reading;
using GovInfo.Report.Text;

using GovInfo.Tests;

namespace GovInfo.Report.Tests;

/// <summary>Text around the report (page numbers, running headers, a crawler's header, table header fragments) and paragraphs a page break split.</summary>
public class PageChromeTests
{
    private static Document Read(string text, string path = "t.txt")
        => (path.EndsWith(".md", StringComparison.Ordinal) ? (IReportReader)new MarkdownReader() : new PlainTextReader()).Read(new SourceText(text, path));

    private static List<(ChromeKind Kind, string Text)> ChromeOf(Document doc)
        => [.. doc.Blocks.OfType<Chrome>().Select(c => (c.Kind, doc.Source[c.Span]))];

    [Theory]
    [InlineData("— 3 —")]
    [InlineData("- 3 -")]
    [InlineData("－ 12 －")]
    [InlineData("第 3 页")]
    [InlineData("第3页 共5页")]
    [InlineData("3/5")]
    public void A_page_number_on_its_own_line_is_a_page_footer(string footer)
    {
        var doc = Read($"本年度共收到申请 5 件。\n\n{footer}\n\n全部按时办结。\n");
        Assert.Equal([(ChromeKind.PageFooter, footer)], ChromeOf(doc));
        Assert.Equal(["本年度共收到申请 5 件。", "全部按时办结。"], doc.Blocks.OfType<Paragraph>().Select(p => p.Text));
    }

    [Theory]
    [InlineData("第三章 总则")]
    [InlineData("3 件")]
    [InlineData("- 第一项")]
    public void A_line_that_only_looks_like_a_page_number_is_not_one(string line)
        => Assert.Empty(ChromeOf(Read($"前文。\n\n{line}\n")));

    [Fact]
    public void A_line_repeated_at_every_page_break_is_a_running_header()
    {
        const string header = "某县人民政府办公室";
        var doc = Read($"{header}\n第一页的正文。\n\n{header}\n第二页的正文。\n\n{header}\n第三页的正文。\n");
        Assert.Equal(Enumerable.Repeat((ChromeKind.RunningHeader, header), 3), ChromeOf(doc));
        Assert.Equal(3, doc.Blocks.OfType<Paragraph>().Count());
    }

    [Fact]
    public void A_line_said_twice_is_not_a_running_header()
        => Assert.Empty(ChromeOf(Read("工作成效\n正文。\n\n工作成效\n正文。\n")));

    [Fact]
    public void A_crawler_header_up_to_its_rule_line_is_metadata_and_its_title_field_the_title()
    {
        var doc = Read("标题: 某县2023年度政府信息公开工作年度报告\n发布时间: 2024-01-10 09:00\n文号: \n原文链接: https://example.org/1.htm\n页面链接详见 links.tsv(同目录)\n==================== 正文 ====================\n本报告根据《条例》编制。\n");
        Assert.Equal("某县2023年度政府信息公开工作年度报告", doc.Title!.Text);
        var (kind, text) = Assert.Single(ChromeOf(doc));
        Assert.Equal(ChromeKind.Metadata, kind);
        Assert.StartsWith("发布时间:", text);
        Assert.EndsWith("正文 ====================", text);
        Assert.Equal("本报告根据《条例》编制。", Assert.Single(doc.Blocks.OfType<Paragraph>()).Text);
    }

    [Fact]
    public void One_field_line_is_not_a_header()
    {
        var doc = Read("单位：件\n本年度共收到申请 5 件。\n");
        Assert.Empty(ChromeOf(doc));
    }

    [Fact]
    public void A_blank_line_inside_an_open_quotation_does_not_end_the_paragraph()
    {
        var doc = Read("努力让政务信息“看\n\n得懂、用得上、易监督”。\n\n下一段。\n");
        Assert.Equal(["努力让政务信息“看\n\n得懂、用得上、易监督”。", "下一段。"], doc.Blocks.OfType<Paragraph>().Select(p => p.Text));
    }

    [Theory]
    [InlineData("努力让政务信息好看\n\n得懂、用得上、易监督。\n")]
    [InlineData("努力让政务信息“好看”。\n\n得懂、用得上、易监督。\n")]
    [InlineData("努力让政务信息“看\n\n（一）主动公开\n")]
    public void A_blank_line_ends_a_paragraph_that_opened_nothing_or_ended_its_sentence(string text)
        => Assert.Equal(2, Read(text).Blocks.Count);

    [Fact]
    public void Markdown_joins_a_sentence_a_blank_line_split_as_text_does()
    {
        var doc = Read("# 报告\n\n努力让政务信息“看\n\n得懂、用得上、易监督”。\n", "t.md");
        Assert.Equal("努力让政务信息“看\n\n得懂、用得上、易监督”。", Assert.Single(doc.Blocks.OfType<Paragraph>()).Text);
    }

    [Theory]
    [InlineData("t.txt")]
    [InlineData("t.md")]
    public void Header_fragments_just_above_a_table_are_not_prose(string path)
    {
        var doc = Read("三、行政复议情况\n行政复议行政诉讼\n结果结果其他尚未\n总计总计\n| 维持 | 纠正 | 总计 |\n|---|---|---|\n| 1 | 0 | 1 |\n", path);
        Assert.Equal([(ChromeKind.TableHeader, "行政复议行政诉讼\n结果结果其他尚未\n总计总计")], ChromeOf(doc));
        Assert.Empty(doc.Blocks.OfType<Paragraph>());
    }

    [Theory]
    [InlineData("单位：件\n")]
    [InlineData("本年度情况如下表所示\n\n")]
    public void A_caption_or_a_paragraph_apart_from_the_table_stays_prose(string before)
    {
        var doc = Read(before + "| 维持 | 纠正 | 总计 |\n|---|---|---|\n| 1 | 0 | 1 |\n");
        Assert.Empty(ChromeOf(doc));
        Assert.Single(doc.Blocks.OfType<Paragraph>());
    }
}
