using GovInfo.Report.Documents;
using GovInfo.Report.Formats.Docx;
using GovInfo.Report.Text;
using GovInfo.Tests;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GovInfo.Report.Tests;

/// <summary>The reviewed-copy writer on its own: changes next to each other or inside comments, formatting kept, a valid file.</summary>
public class DocxReviewTests
{
    private const string Line = "集中发布政策文件和办事指南，便于家长查询。";

    private static (Document Document, byte[] Bytes) Docx(string text)
    {
        byte[] bytes = DocxBuilder.Build(body => body.Append(DocxBuilder.Paragraph("某局 2024 年政府信息公开工作年度报告", "Title"), DocxBuilder.Paragraph(text)));
        Assert.True(Reports.Reader.TryRead(bytes, "r.docx", out var document, out var error), error);
        return (document, bytes);
    }

    private static TextSpan Find(Document document, string text, int length = -1)
        => new(document.Source.Text.IndexOf(text, StringComparison.Ordinal), length < 0 ? text.Length : length);

    private static string AcceptedText(byte[] docx)
    {
        Assert.True(Reports.Reader.TryRead(ReviewedDocx.AcceptAll(docx), "r.docx", out var document, out var error), error);
        return document.Source.Map!.Original.Text;
    }

    [Fact]
    public void Changes_side_by_side_and_a_comment_starting_inside_one_make_a_valid_file_that_accepts_to_the_edited_text()
    {
        var (document, bytes) = Docx(Line);
        Assert.True(DocxReview.TryCreate(document, bytes, out var review, out var error), error);
        // “政策文件” → “政策性文件”, then an insertion right after it, and “和” deleted right after that.
        var policy = Find(document, "政策文件");
        Assert.True(review.TryRevise(policy, "政策性文件"));
        Assert.True(review.TryRevise(new TextSpan(policy.End, 0), "、规划"));
        Assert.False(review.TryRevise(new TextSpan(policy.End, 0), "又一处"));
        Assert.True(review.TryRevise(Find(document, "和"), ""));
        Assert.False(review.TryRevise(Find(document, "文件和"), "x"));
        review.Comment(Find(document, "文件和办事"), "批注一");
        review.Comment(Find(document, "家长"), "批注二");
        Assert.True(review.TrySave(DateTime.UnixEpoch, out var copy, out error), error);

        Assert.Empty(ReviewedDocx.ValidationErrors(copy));
        Assert.Equal("某局 2024 年政府信息公开工作年度报告\n集中发布政策性文件、规划办事指南，便于家长查询。", AcceptedText(copy));
        Assert.Equal(3, ReviewedDocx.Revisions(copy).Count);
        var comments = ReviewedDocx.Comments(copy);
        var ranges = ReviewedDocx.Ranges(copy);
        Assert.Equal("家长", ranges[comments.Single(c => c.Text == "批注二").Id].Text);
        // A comment whose range starts inside a change covers the change whole; its text is still all there.
        Assert.Contains("文件和办事", ranges[comments.Single(c => c.Text == "批注一").Id].Text);
        // No comment reference is ever inside a deletion (accepting it would delete the comment).
        using var stream = new MemoryStream(copy);
        using var package = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        Assert.DoesNotContain(package.MainDocumentPart!.Document!.Body!.Descendants<W.CommentReference>(), r => r.Ancestors<W.DeletedRun>().Any());
    }

    [Fact]
    public void A_change_keeps_the_formatting_of_the_run_it_replaces()
    {
        // DocxBuilder makes every third run bold: “息公开申” (run 3, chars 8–14 of the paragraph) is bold.
        var (document, bytes) = Docx("全年共收到政府信息公开申请三十二件");
        Assert.True(DocxReview.TryCreate(document, bytes, out var review, out var error), error);
        Assert.True(review.TryRevise(Find(document, "公开"), "公 开"));
        Assert.True(review.TrySave(DateTime.UnixEpoch, out var copy, out error), error);

        using var stream = new MemoryStream(copy);
        using var package = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        var body = package.MainDocumentPart!.Document!.Body!;
        var inserted = Assert.Single(body.Descendants<W.InsertedRun>()).GetFirstChild<W.Run>()!;
        var deleted = Assert.Single(body.Descendants<W.DeletedRun>()).GetFirstChild<W.Run>()!;
        Assert.NotNull(deleted.RunProperties?.Bold);
        Assert.NotNull(inserted.RunProperties?.Bold);
        Assert.Equal("公开", string.Concat(body.Descendants<W.DeletedText>().Select(t => t.Text)));
        // The rest of the bold run is still bold, on either side.
        Assert.All(body.Descendants<W.Text>().Where(t => t.Text is "息" or "申"), t => Assert.NotNull(((W.Run)t.Parent!).RunProperties?.Bold));
    }
}
