using GovInfo.Linter.Diagnostics;
using GovInfo.Linter.Engine;
using GovInfo.Linter.Fixes;
using GovInfo.Linter.Review;
using GovInfo.Report.Documents;
using GovInfo.Report.Text;
using GovInfo.Tests;

namespace GovInfo.Linter.Tests;

/// <summary>The reviewed copy of a .docx (审阅稿): a comment on every finding's exact text, each fix a tracked change, a valid file.</summary>
public class ReviewTests
{
    private static readonly DateTime Date = new(2025, 1, 15, 8, 0, 0, DateTimeKind.Utc);

    public static TheoryData<string> Reports()
    {
        var data = new TheoryData<string>();
        foreach (var fixture in TestPaths.AllFixtures) data.Add(fixture);
        data.Add(Path.Combine(TestPaths.Samples, "defects-2024.txt"));
        return data;
    }

    private static (Document Document, IReadOnlyList<Diagnostic> Diagnostics) Lint(byte[] bytes, string path)
    {
        Assert.True(GovInfo.Tests.Reports.Reader.TryRead(bytes, path, out var document, out var error), error);
        var runner = Linting.Runner();
        var options = new LintOptions([path]);
        return (document, runner.LintDocument(document, runner.ConfigFor(path, options), options).Diagnostics);
    }

    private static ReviewedCopy Review(Document document, byte[]? bytes, IReadOnlyList<Diagnostic> diagnostics)
    {
        Assert.True(ReviewWriter.TryWrite(document, bytes, diagnostics, Date, out var copy, out var error), error);
        return copy;
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Every_finding_is_a_comment_on_its_exact_text_and_every_fix_a_tracked_change(string report)
    {
        // govlint review on the draft as a file: the draft is byte-identical afterwards, the copy beside it.
        using var dir = new TempDirectory();
        string draft = dir.File("draft.docx", DocxBuilder.FromText(File.ReadAllText(report)));
        byte[] bytes = File.ReadAllBytes(draft);
        var outcome = Assert.Single(new ReviewRunner(Linting.Runner(), GovInfo.Tests.Reports.Reader).ReviewEach(new LintOptions([draft]), null, false, Date));
        Assert.True(outcome.Error is null, outcome.Error);
        Assert.Equal(bytes, File.ReadAllBytes(draft));
        Assert.Equal(Path.Combine(dir.Path, "draft.govlint.docx"), outcome.Output);
        var copy = outcome.Copy! with { Docx = File.ReadAllBytes(outcome.Output!) };
        var (document, diagnostics) = Lint(bytes, draft);
        Assert.NotEmpty(diagnostics);
        Assert.Equal(diagnostics.Count + 1, outcome.Copy!.Comments);
        Assert.Empty(ReviewedDocx.ValidationErrors(copy.Docx));

        // The counts first, then one comment per finding, in the findings' order, all by govlint.
        var comments = ReviewedDocx.Comments(copy.Docx);
        Assert.Equal(diagnostics.Count + 1, comments.Count);
        Assert.All(comments, c => Assert.Equal("govlint", c.Author));
        Assert.Contains($"错误 {diagnostics.Count(d => d.Severity == Dsl.Rules.Severity.Error)} 处", comments[0].Text);
        Assert.Contains($"其中 {copy.Revised.Count} 处可一键修改", comments[0].Text);
        var ranges = ReviewedDocx.Ranges(copy.Docx);
        var map = document.Source.Map!;
        for (int i = 0; i < diagnostics.Count; i++)
        {
            var d = diagnostics[i];
            var comment = comments[i + 1];
            Assert.Contains(d.Id, comment.Text);
            Assert.Contains(d.Rule.Title, comment.Text);
            Assert.Contains(d.Message.Split('\n')[0], comment.Text);
            var range = ranges[comment.Id];
            var (start, end) = map.ToOriginal(d.Span);
            string expected = map.Original.Text[start..end].Trim('\n');
            if (expected.Length > 0) Assert.Equal(expected, range.Text);
            else Assert.True(range.StartsParagraph && range.EndsParagraph, $"{d.Id} at {d.Start}: an empty span anchors on a whole paragraph, not “{range.Text}”");
        }

        // One deletion (and insertion) per fix written, holding exactly the fixed text and its replacement.
        var chosen = FixApplier.Choose(document.Source, diagnostics).ToList();
        Assert.NotEmpty(chosen);
        Assert.Equal(chosen.Count, copy.Revised.Select(d => d.Fix).Distinct().Count());
        var revisions = ReviewedDocx.Revisions(copy.Docx);
        Assert.Equal(chosen.Count, revisions.Count);
        Assert.Equal(
            chosen.Select(f => (document.Source.Text.Substring(f.Span.Start, f.Span.Length), f.Replacement)).Order(),
            revisions.Select(r => (r.Deleted, r.Inserted)).Order());
        Assert.All(revisions, r => Assert.True(r.Deleted.Length == 0 || r.DeletionAuthor == "govlint"));
        Assert.All(revisions, r => Assert.True(r.Inserted.Length == 0 || r.InsertionAuthor == "govlint"));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Accepting_every_change_fixes_those_findings_adds_none_and_changes_nothing_else(string report)
    {
        byte[] bytes = DocxBuilder.FromText(File.ReadAllText(report));
        var (document, diagnostics) = Lint(bytes, "/nonexistent/report.docx");
        var copy = Review(document, bytes, diagnostics);

        var (accepted, after) = Lint(ReviewedDocx.AcceptAll(copy.Docx), "/nonexistent/report.docx");

        var expected = diagnostics.Except(copy.Revised).Select(d => (d.Id, d.Message)).Order().ToList();
        Assert.Equal(expected, after.Select(d => (d.Id, d.Message)).Order().ToList());
        var map = document.Source.Map!;
        string text = map.Original.Text;
        foreach (var fix in copy.Revised.Select(d => d.Fix!).Distinct().OrderByDescending(f => f.Span.Start))
        {
            Assert.True(map.TryMapReplaceable(fix.Span, out var span));
            text = text[..span.Start] + fix.Replacement + text[span.End..];
        }
        Assert.Equal(text, accepted.Source.Map!.Original.Text);
    }

    [Fact]
    public void A_text_report_is_written_out_as_a_docx_of_what_was_read_with_the_same_comments()
    {
        string path = Path.Combine(TestPaths.Samples, "defects-2024.txt");
        byte[] bytes = File.ReadAllBytes(path);
        var (document, diagnostics) = Lint(bytes, path);
        var copy = Review(document, null, diagnostics);

        Assert.True(copy.IsRendition);
        Assert.Empty(ReviewedDocx.ValidationErrors(copy.Docx));
        var comments = ReviewedDocx.Comments(copy.Docx);
        Assert.Equal(diagnostics.Count + 1, comments.Count);
        var ranges = ReviewedDocx.Ranges(copy.Docx);
        for (int i = 0; i < diagnostics.Count; i++)
        {
            var d = diagnostics[i];
            string expected = document.Source.Text.Substring(d.Span.Start, d.Span.Length).Trim('\n');
            if (expected.Length > 0 && !expected.Contains('\n')) Assert.Equal(expected, ranges[comments[i + 1].Id].Text);
        }
        // Headings, paragraphs and tables as Word has them: read back, the rendition binds as the text did.
        var (rendered, again) = Lint(ReviewedDocx.AcceptAll(copy.Docx), "/nonexistent/report.docx");
        Assert.Equal(document.Headings.Select(h => h.Text), rendered.Headings.Select(h => h.Text));
        Assert.Equal(document.Tables.Count(), rendered.Tables.Count());
        Assert.Equal(diagnostics.Except(copy.Revised).Select(d => d.Id).Order(), again.Select(d => d.Id).Order());
    }
}

/// <summary>Where findings without a span of text, and the related locations, go in a reviewed copy.</summary>
public class ReviewAnchorTests
{
    [Fact]
    public void A_finding_on_an_empty_cell_is_a_comment_in_that_cell_and_related_locations_are_named()
    {
        // Fixture 000 with the total of 结转下年度继续办理 left blank: GI2003 on an empty cell (an empty span).
        var lines = File.ReadAllText(TestPaths.Fixture("000")).Split('\n');
        int row = Array.FindIndex(lines, l => l.StartsWith("四、结转下年度继续办理", StringComparison.Ordinal));
        var cells = lines[row].TrimEnd('\t').Split('\t');
        cells[^1] = "";
        lines[row] = string.Join('\t', cells) + "\t";
        byte[] bytes = DocxBuilder.FromText(string.Join('\n', lines));
        Assert.True(Reports.Reader.TryRead(bytes, "r.docx", out var document, out var error), error);
        var runner = Linting.Runner();
        var options = new LintOptions(["/nonexistent/r.docx"]);
        var diagnostics = runner.LintDocument(document, runner.ConfigFor("/nonexistent/r.docx", options), options).Diagnostics;
        var empty = Assert.Single(diagnostics, d => d.Id == "GI2003");
        Assert.True(empty.Span.IsEmpty);

        Assert.True(ReviewWriter.TryWrite(document, bytes, diagnostics, DateTime.UnixEpoch, out var copy, out error), error);
        var comments = ReviewedDocx.Comments(copy.Docx);
        var comment = comments[diagnostics.ToList().IndexOf(empty) + 1];
        Assert.Equal(("四、结转下年度继续办理", cells.Length - 1), ReviewedDocx.CellOf(copy.Docx, comment.Id));
        Assert.Equal("", ReviewedDocx.Ranges(copy.Docx)[comment.Id].Text);

        // A finding with related locations names them, by paragraph and text.
        foreach (var (d, c) in diagnostics.Zip(comments.Skip(1)).Where(p => p.First.Related.Count > 0))
            foreach (var related in d.Related)
                Assert.Contains($"第{d.Source.Locate(related.Start).Line}段", c.Text);
        Assert.Contains(diagnostics, d => d.Related.Count > 0);
    }

    [Fact]
    public void An_empty_span_outside_a_table_anchors_on_the_nearest_paragraph_with_text()
    {
        byte[] bytes = DocxBuilder.Build(body => body.Append(
            DocxBuilder.Paragraph("某局 2024 年政府信息公开工作年度报告", "Title"),
            new DocumentFormat.OpenXml.Wordprocessing.Paragraph(),
            DocxBuilder.Paragraph("一、总体情况")));
        Assert.True(Reports.Reader.TryRead(bytes, "r.docx", out var document, out var error), error);
        var map = document.Source.Map!;
        Assert.True(Report.Formats.Docx.DocxReview.TryCreate(document, bytes, out var review, out error), error);
        // The empty paragraph between the title and the heading is paragraph 2: the following paragraph is taken first.
        int inEmpty = Enumerable.Range(0, document.Source.Length).First(o => map.Locate(o).Line == 2);
        Assert.Equal("一、总体情况", review.AnchoredText(new TextSpan(inEmpty, 0)));
        int inTitle = document.Source.Text.IndexOf("2024", StringComparison.Ordinal);
        Assert.Equal("某局 2024 年政府信息公开工作年度报告", review.AnchoredText(new TextSpan(inTitle, 0)));
        Assert.Equal("2024", review.AnchoredText(new TextSpan(inTitle, 4)));
    }
}

/// <summary>The review of bytes that are not a file (an upload to a local web page), as another front end calls it.</summary>
public class ReviewOfBytesTests
{
    [Fact]
    public void Bytes_with_a_name_are_reviewed_without_a_file_and_an_unreadable_upload_says_why()
    {
        var reviewer = new ReviewRunner(Linting.Runner(), Reports.Reader);
        byte[] bytes = DocxBuilder.FromText(File.ReadAllText(TestPaths.Fixture("000")));
        var options = new LintOptions(["上传.docx"]);

        Assert.True(reviewer.TryReview(bytes, "上传.docx", options, DateTime.UnixEpoch, out var copy, out var error), error);
        Assert.False(copy.IsRendition);
        Assert.Equal(Linting.Runner().LintDocument(Reports.Loader.Load(bytes, "上传.docx").Report!.Document, Linting.Runner().ConfigFor("上传.docx", options), options).Diagnostics.Count + 1,
            ReviewedDocx.Comments(copy.Docx).Count);

        Assert.False(reviewer.TryReview([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]], "old.doc", options, DateTime.UnixEpoch, out _, out error));
        Assert.Contains(".doc", error);
    }
}

/// <summary>What a finding's comment says.</summary>
public class ReviewCommentTextTests
{
    [Fact]
    public void A_comment_gives_severity_rule_message_how_to_fix_and_the_rules_description()
    {
        var diagnostics = Linting.LintOne(Path.Combine(TestPaths.Samples, "defects-2024.txt")).Diagnostics;
        var english = Assert.Single(diagnostics, d => d.Id == "GI6001");

        string revised = ReviewComments.For(english, revised: true);
        Assert.StartsWith("【警告】GI6001 " + english.Rule.Title + "\n" + english.Message + "\n", revised);
        Assert.Contains($"如何修改：将“{english.Source[english.Fix!.Span]}”改为“和”（已作为修订标出", revised);
        Assert.Contains("说明：中文句子里出现了英文单词", revised);
        string notWritten = ReviewComments.For(english, revised: false);
        Assert.Contains("改为“和”。", notWritten);
        Assert.DoesNotContain("修订", notWritten);

        var arithmetic = diagnostics.First(d => d.Fix is null && d.Severity == Dsl.Rules.Severity.Error);
        string comment = ReviewComments.For(arithmetic, revised: false);
        Assert.StartsWith("【错误】", comment);
        Assert.DoesNotContain("如何修改", comment);
    }
}
