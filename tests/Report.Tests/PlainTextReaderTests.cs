using GovInfo.Report.Documents;
using GovInfo.Report.Formats.Markdown;
using GovInfo.Report.Formats.Text;
using GovInfo.Report.Reading;
using GovInfo.Report.Text;

using GovInfo.Tests;

namespace GovInfo.Report.Tests;

public class PlainTextReaderTests
{
    private static Document Read(string text) => new PlainTextReader().Read(new SourceText(text, "t.txt"));

    [Fact]
    public void Reads_titles_headings_paragraphs_items_and_tables_with_positions()
    {
        const string text =
            "某局 2024 年政府信息公开工作年度报告\n" +
            "\n" +
            "一、总体情况\n" +
            "（一）主动公开：全年发布信息 10 条，办结率 100%。\n" +
            "统一、权威的平台\n" +
            "  - 1、第一项\n" +
            "## 二、主动公开政府信息情况\n" +
            "第二十条第（一）项\t\t\n" +
            "信息内容\t本年制发件数\n" +
            "规章\t0\n" +
            "三、本年度办理结果\t(一) 予以公开\t0\n";
        Assert.Equal(
            """
            title (1,1)-(1,22) 某局 2024 年政府信息公开工作年度报告
            heading1 Numbered (3,1)-(3,7) [一、] 总体情况
            paragraph (4,1)-(4,30) [（一）] （一）主动公开：全年发布信息 10 条，办结率 100%。
            paragraph (5,1)-(5,9) [] 统一、权威的平台
            item1 (6,5)-(6,10) 1、第一项
            heading2 Markdown (7,4)-(7,16) [二、] 主动公开政府信息情况
            table TabSeparated (8,1)-(11,21) rows=4 cells=3,2,2,3
            """.ReplaceLineEndings("\n"),
            DocumentDump.Of(Read(text)));
    }

    [Fact]
    public void Hard_wrapped_lines_join_into_one_paragraph_until_a_sentence_ends()
    {
        var doc = Read("本机关全年共收到\n政府信息公开申请 5 件。\n下一段");
        var paragraphs = doc.Blocks.OfType<Paragraph>().ToList();
        Assert.Equal(2, paragraphs.Count);
        Assert.Equal("本机关全年共收到\n政府信息公开申请 5 件。", paragraphs[0].Text);
    }

    [Fact]
    public void A_single_line_with_one_stray_tab_is_a_paragraph()
    {
        var doc = Read("本单位\t无收费。");
        Assert.IsType<Paragraph>(Assert.Single(doc.Blocks));
    }

    [Fact]
    public void A_single_line_of_three_cells_is_a_table()
        => Assert.IsType<Table>(Assert.Single(Read("行政许可\t3\t5").Blocks));

    [Fact]
    public void Crlf_text_gives_the_same_positions()
    {
        const string lf = "一、总体情况\n规章\t0\n行政规范性文件\t1\n";
        var a = DocumentDump.Of(Read(lf));
        var b = DocumentDump.Of(Read(lf.Replace("\n", "\r\n")));
        Assert.Equal(a, b);
    }

    [Fact]
    public void A_comment_line_inside_a_table_neither_splits_it_nor_becomes_a_row()
    {
        var doc = Read("规章\t0\t0\t0\n<!-- govlint-disable-next-line GI2003 -->\n行政规范性文件\t/\t0\t1\n");
        var table = Assert.IsType<Table>(Assert.Single(doc.Blocks));
        Assert.Equal([1, 3], table.Rows.Select(r => doc.Source.GetLinePosition(r.Span.Start).Line));
    }
}
