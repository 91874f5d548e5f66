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
    public void Html_comments_are_not_text_and_govlint_comments_are_directives()
    {
        var doc = Read("<!-- govlint-disable GI6001, GI6002 -->\n<!-- 编辑注释 -->\n\n正文。<!-- expect: GI6003 -->\n");
        Assert.Equal("正文。<!-- expect: GI6003 -->", Assert.IsType<Paragraph>(Assert.Single(doc.Blocks)).Text);
        Assert.Equal(
            """
            paragraph (4,1)-(4,27) [] 正文。<!-- expect: GI6003 -->
            directive (1,1)-(1,40) Disable GI6001,GI6002
            directive (4,4)-(4,27) Expect GI6003
            """.ReplaceLineEndings("\n"),
            DocumentDump.Of(doc, cells: true));
    }

    // GFM pipe tables need not start or end rows with '|'; Markdig finds them, and every row is kept.
    [Fact]
    public void A_pipe_table_without_leading_pipes_is_a_table_with_its_rows()
    {
        const string text =
            "信息内容 | 本年制发件数\n" +
            "--- | ---\n" +
            "规章 | 0\n" +
            "规范性文件 | 12\n";
        Assert.Equal(
            """
            table Pipe (1,1)-(4,11) rows=3 cells=2,2,2
              row (1,1)-(1,14)
                cell (1,1)-(1,5) Text 信息内容
                cell (1,8)-(1,14) Text 本年制发件数
              row (3,1)-(3,7)
                cell (3,1)-(3,3) Text 规章
                cell (3,6)-(3,7) Number 0
              row (4,1)-(4,11)
                cell (4,1)-(4,6) Text 规范性文件
                cell (4,9)-(4,11) Number 12
            """.ReplaceLineEndings("\n"),
            DocumentDump.Of(Read(text), cells: true));
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
