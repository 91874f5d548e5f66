using GovInfo.Report.Documents;
using GovInfo.Report.Formats.Markdown;
using GovInfo.Report.Formats.Text;
using GovInfo.Report.Reading;
using GovInfo.Report.Text;

using GovInfo.Tests;

namespace GovInfo.Report.Tests;

/// <summary>Headings written inside running text: a crawler's one-line body, a run-in heading opening a paragraph.</summary>
public class InlineHeadingTests
{
    private static Document Read(string text, string path = "t.txt")
        => (path.EndsWith(".md", StringComparison.Ordinal) ? (IReportReader)new MarkdownReader(Reports.Template.Headings) : new PlainTextReader(Reports.Template.Headings))
            .Read(new SourceText(text, path));

    // Sentences of filler so the body is as long as a real one-line export.
    private static readonly string Filler = string.Concat(Enumerable.Repeat("我单位认真落实政务公开各项要求，持续推进政府信息公开工作。", 4));

    /// <summary>A body on one line as crawlers export it: headings glued to the text around them, a table flattened into digit runs.</summary>
    private static readonly string OneLineBody =
        "当前位置： 首页 政务公开 年报 来源：某县人民政府 时间：2024-01-10 分享 " +
        "根据《条例》规定，编制本报告。" +
        "一、总体情况2023年，" + Filler +
        "（一）主动公开方面。" + Filler +
        "（二）依申请公开方面 " + Filler +
        "二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件693665" +
        "三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人总计" +
        "一、本年新收政府信息公开申请数量640020470二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开270020130（七）总计630020469四、结转下年度继续办理1000001 " +
        "四、政府信息公开行政法复议、行政诉讼情况 行政复议行政诉讼结果维持结果纠正10203120001200000" +
        "五、存在的主要问题及改进情况（一）存在的主要问题:政策解读形式不够丰富。（二）改进措施：一是丰富解读形式，二是拓宽渠道。" +
        "六、其他需要报告的事项2023年，无收取信息处理费情况。";

    [Fact]
    public void Six_part_headings_inside_one_line_are_found_at_their_columns_and_bound()
    {
        var report = Reports.FromText("标题: 某县2023年度政府信息公开工作年度报告\n" + OneLineBody + "\n");
        var source = report.Document.Source;
        string[] headings = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政法复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"];
        Assert.All(report.Sections, s => Assert.NotNull(s.Heading));
        for (int k = 0; k < 6; k++)
        {
            var heading = report.Sections[k].Heading!;
            int expected = source.Text.IndexOf(headings[k], StringComparison.Ordinal);
            Assert.Equal((headings[k], expected), (heading.Text, heading.TextSpan.Start));
            Assert.Equal((2, expected - source.GetLineSpan(2).Start + 1), (source.GetLinePosition(heading.TextSpan.Start).Line, source.GetLinePosition(heading.TextSpan.Start).Column));
        }
    }

    [Fact]
    public void Sub_heads_after_a_sentence_end_are_headings_and_labels_of_a_flattened_table_are_not()
    {
        var doc = Read(OneLineBody);
        var titles = doc.Headings.Select(h => h.Text).ToList();
        Assert.Equal(["一、总体情况", "（一）主动公开方面", "（二）依申请公开方面", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政法复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"], titles);
        // Digit runs glued to labels are no table: no cells are made up from them.
        Assert.Empty(doc.Tables);
        // A numbered lead-in that runs on after a colon is the paragraph's first sentence, as the half-width colon in it is text.
        Assert.Contains(doc.Blocks.OfType<Paragraph>(), p => p.Text.StartsWith("（一）存在的主要问题:政策", StringComparison.Ordinal));
    }

    [Fact]
    public void The_paragraphs_between_inline_headings_cover_the_rest_of_the_line()
    {
        var doc = Read(OneLineBody);
        var line = doc.Source.GetLineSpan(1);
        var chrome = Assert.IsType<Chrome>(doc.Blocks[0]);
        Assert.Equal((ChromeKind.Breadcrumb, "当前位置： 首页 政务公开 年报 来源：某县人民政府 时间：2024-01-10 分享"), (chrome.Kind, doc.Source[chrome.Span]));
        Assert.Equal("根据《条例》规定，编制本报告。", Assert.IsType<Paragraph>(doc.Blocks[1]).Text);
        // Every character of the line but blanks is in exactly one block, in order.
        int covered = 0, previousEnd = line.Start;
        foreach (var block in doc.Blocks)
        {
            Assert.True(block.Span.Start >= previousEnd, $"{block} overlaps the block before it");
            Assert.True(doc.Source.Trim(TextSpan.FromBounds(previousEnd, block.Span.Start)).Length == 0, $"text before {block} is in no block");
            covered += block.Span.Length;
            previousEnd = block.Span.End;
        }
        Assert.Equal(line.End, previousEnd);
    }

    [Theory]
    [InlineData("一是加强组织领导。二是规范审核发布机制。三是创新工作方法。")]
    [InlineData("打造统一、权威的平台。二、三季度开展检查。")]
    [InlineData("重点做好以下工作：（一）加强领导。（二）完善制度。")]
    public void Ordinary_prose_in_a_long_line_is_not_split(string sentence)
    {
        var doc = Read(string.Concat(Enumerable.Repeat(sentence, 1 + InlineHeadings.LongLine / sentence.Length)));
        Assert.Empty(doc.Headings);
        Assert.Single(doc.Blocks);
    }

    [Fact]
    public void A_run_in_heading_opening_a_paragraph_is_a_heading_ranked_with_its_siblings()
    {
        var doc = Read("### （二）规范化办理依申请公开。\n正文。\n\n（三）精细化建设公开平台。我县坚持把平台建设作为重要载体，聚焦网站建设。\n\n### （四）常态化开展监督管理。\n正文。\n");
        var third = doc.Headings.Single(h => h.Numbering?.Value == 3);
        Assert.Equal(("精细化建设公开平台", 3, 4), (third.Title, third.Level, doc.Source.GetLinePosition(third.Span.Start).Line));
        Assert.Contains(doc.Blocks.OfType<Paragraph>(), p => p.Text == "我县坚持把平台建设作为重要载体，聚焦网站建设。");
    }

    [Theory]
    [InlineData("（一）主动公开：全年发布信息 10 条，办结率 100%。")]
    [InlineData("（一）全年共收到申请，均已办结。")]
    public void A_numbered_sentence_or_label_opening_a_paragraph_is_no_heading(string line)
    {
        var doc = Read(line + "\n第二行的正文继续写下去。\n");
        Assert.Empty(doc.Headings);
    }

    [Fact]
    public void Markdown_paragraphs_find_run_in_headings_by_the_same_convention()
    {
        var doc = Read("## （一）主动公开\n\n正文。\n\n（二）依申请公开。全年共收到申请 5 件。\n", "t.md");
        Assert.Equal(["主动公开", "依申请公开"], doc.Headings.Select(h => h.Title));
    }
}
