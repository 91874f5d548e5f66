using GovInfo.Report.Documents;
using GovInfo.Tests;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GovInfo.Report.Tests;

/// <summary>A .docx under track changes is read as it reads with every change accepted.</summary>
public class DocxTrackedChangesTests
{
    private static W.Paragraph WithDeletedMark(W.Paragraph paragraph)
    {
        paragraph.PrependChild(new W.ParagraphProperties(new W.ParagraphMarkRunProperties(
            new W.Deleted { Id = "7", Author = "编辑", Date = DateTime.UnixEpoch })));
        return paragraph;
    }

    private static Document Read(params W.Paragraph[] paragraphs)
    {
        byte[] bytes = DocxBuilder.Build(body => body.Append(
            [DocxBuilder.Paragraph("某局 2024 年政府信息公开工作年度报告", "Title"), .. paragraphs]));
        Assert.True(Reports.Reader.TryRead(bytes, "r.docx", out var document, out var error), error);
        return document;
    }

    [Fact]
    public void A_deleted_paragraph_mark_runs_the_paragraph_on_into_the_next()
    {
        var document = Read(WithDeletedMark(DocxBuilder.Paragraph("全年共收到政府信息公开申请")), DocxBuilder.Paragraph("32 件，均按时答复。"));

        Assert.Equal(["全年共收到政府信息公开申请32 件，均按时答复。"], document.Blocks.OfType<Paragraph>().Select(p => p.Text));
        // Positions still count every w:p: the second half is paragraph 3.
        Assert.Equal(3, document.Source.Locate(document.Source.Text.IndexOf("32", StringComparison.Ordinal)).Line);
    }

    [Fact]
    public void Without_a_deleted_mark_or_before_a_heading_paragraphs_stay_apart()
    {
        var apart = Read(DocxBuilder.Paragraph("全年共收到政府信息公开申请。"), DocxBuilder.Paragraph("均按时答复。"));
        Assert.Equal(2, apart.Blocks.OfType<Paragraph>().Count());

        var beforeHeading = Read(WithDeletedMark(DocxBuilder.Paragraph("全年共收到政府信息公开申请。")), DocxBuilder.Paragraph("二、主动公开政府信息情况", "Heading1"));
        Assert.Single(beforeHeading.Blocks.OfType<Paragraph>());
        Assert.Contains(beforeHeading.Headings, h => h.Text == "二、主动公开政府信息情况");
    }

    [Fact]
    public void Deleted_text_is_not_read_and_inserted_text_is()
    {
        var document = Read(new W.Paragraph(
            new W.Run(new W.Text("本年度")),
            new W.DeletedRun(new W.Run(new W.DeletedText("未"))) { Id = "1", Author = "编辑", Date = DateTime.UnixEpoch },
            new W.InsertedRun(new W.Run(new W.Text("已"))) { Id = "2", Author = "编辑", Date = DateTime.UnixEpoch },
            new W.Run(new W.Text("收取信息处理费。"))));

        Assert.Equal("本年度已收取信息处理费。", Assert.Single(document.Blocks.OfType<Paragraph>()).Text);
    }
}
