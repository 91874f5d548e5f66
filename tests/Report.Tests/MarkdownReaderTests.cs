using GovInfo.Report.Documents;
using GovInfo.Report.Formats.Markdown;
using GovInfo.Report.Formats.Text;
using GovInfo.Report.Reading;
using GovInfo.Report.Text;

using GovInfo.Tests;

namespace GovInfo.Report.Tests;

public class MarkdownReaderTests
{
    private static Document Read(string text) => new MarkdownReader().Read(new SourceText(text, "t.md"));

    [Fact]
    public void Reads_markdown_blocks_with_positions()
    {
        const string text =
            "# 某局 2024 年政府信息公开工作年度报告\n" +
            "\n" +
            "## 一、总体情况 ##\n" +
            "\n" +
            "（一）主动公开\n" +
            "本局全年主动公开信息 12 条。\n" +
            "\n" +
            "- 第一项\n" +
            "  - 嵌套项\n" +
            "\n" +
            "| 信息内容 | 本年制发件数 |\n" +
            "| --- | --- |\n" +
            "| 规章 | 0 |\n" +
            "\n" +
            "第二十条第（五）项\t\t\n" +
            "\t行政许可\t3\n" +
            "1. 其他\t4\n";
        Assert.Equal(
            """
            title (1,3)-(1,24) 某局 2024 年政府信息公开工作年度报告
            heading2 Markdown (3,4)-(3,10) [一、] 总体情况
            heading2 Numbered (5,1)-(5,8) [（一）] 主动公开
            paragraph (6,1)-(6,17) [] 本局全年主动公开信息 12 条。
            item0 (8,3)-(8,6) 第一项
            item1 (9,5)-(9,8) 嵌套项
            table Pipe (11,1)-(13,11) rows=2 cells=2,2
            table TabSeparated (15,1)-(17,8) rows=3 cells=3,3,2
            """.ReplaceLineEndings("\n"),
            DocumentDump.Of(Read(text)));
    }

    [Fact]
    public void Html_comments_are_not_text()
    {
        var doc = Read("<!-- govlint-disable GI6001 -->\n\n正文。\n");
        Assert.Equal("正文。", Assert.IsType<Paragraph>(Assert.Single(doc.Blocks)).Text);
    }

    [Fact]
    public void Pipe_tables_are_found_before_markdig_but_not_inside_fenced_code()
    {
        const string text =
            "前文。\n" +
            "\n" +
            "| 信息内容 | 本年制发件数 |\n" +
            "|:---|---:|\n" +
            "| 规章 | 0 |\n" +
            "后文。\n" +
            "\n" +
            "```\n" +
            "| 不是 | 表格 |\n" +
            "| --- | --- |\n" +
            "```\n";
        Assert.Equal(
            """
            paragraph (1,1)-(1,4) [] 前文。
            table Pipe (3,1)-(5,11) rows=2 cells=2,2
            paragraph (6,1)-(6,4) [] 后文。
            paragraph (8,1)-(11,4) [] ```⏎| 不是 | 表格 |⏎| --- | --- |⏎```
            """.ReplaceLineEndings("\n"),
            DocumentDump.Of(Read(text)));
    }
}
