using GovInfo.Report.Documents;
using GovInfo.Tests;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GovInfo.Report.Tests;

/// <summary>The Document the .docx reader builds: headings from styles, tables from w:tbl, the other paragraphs as running text.</summary>
public sealed class DocxDocumentTests
{
    private static Document Read(byte[] bytes)
    {
        Assert.True(Reports.Reader.TryRead(bytes, "r.docx", out var document, out var error), error);
        return document;
    }

    // Positions are in the text the reader writes (each paragraph followed by a blank line, a heading after # markers:
    // the Title style has an outline level); a directive typed as text is found as in a text file;
    // the merged label spans two grid columns and the cell it covers is empty.
    [Fact]
    public void Styles_make_headings_tables_make_tables_and_other_paragraphs_are_running_text()
    {
        byte[] bytes = DocxBuilder.Build(body => body.Append(
            DocxBuilder.Paragraph("某局 2024 年政府信息公开工作年度报告", "Title"),
            DocxBuilder.Paragraph("一、总体情况", "Heading1"),
            DocxBuilder.Paragraph("本机关全年\n主动公开信息 10 条。"),
            DocxBuilder.Paragraph("（一）主动公开"),
            new W.Table(
                new W.TableRow(
                    new W.TableCell(new W.TableCellProperties(new W.GridSpan { Val = 2 }), DocxBuilder.Paragraph("信息内容")),
                    new W.TableCell(DocxBuilder.Paragraph("本年"))),
                new W.TableRow(
                    new W.TableCell(DocxBuilder.Paragraph("规章")),
                    new W.TableCell(new W.Paragraph()),
                    new W.TableCell(DocxBuilder.Paragraph("12")))),
            DocxBuilder.Paragraph("<!-- govlint-disable-next-line GI6003 -->"),
            DocxBuilder.Paragraph("甲,乙。")));

        Assert.Equal(
            """
            title (1,3)-(1,24) 某局 2024 年政府信息公开工作年度报告
            heading1 Markdown (3,3)-(3,9) [一、] 总体情况
            paragraph (5,1)-(6,13) [] 本机关全年⏎主动公开信息 10 条。
            heading2 Numbered (8,1)-(8,8) [（一）] 主动公开
            table Markup (10,1)-(11,7) rows=2 cells=3,3
              row (10,1)-(10,9)
                cell (10,1)-(10,5) Text 信息内容 (1×2)
                cell (10,6)-(10,6) Empty 
                cell (10,7)-(10,9) Text 本年
              row (11,1)-(11,7)
                cell (11,1)-(11,3) Text 规章
                cell (11,4)-(11,4) Empty 
                cell (11,5)-(11,7) Number 12
            paragraph (15,1)-(15,5) [] 甲,乙。
            directive (13,1)-(13,42) DisableNextLine GI6003
            """.ReplaceLineEndings("\n"),
            DocumentDump.Of(Read(bytes), cells: true));
    }
}
