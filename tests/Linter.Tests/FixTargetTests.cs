using DocumentFormat.OpenXml.Packaging;
using GovInfo.Linter.Engine;
using GovInfo.Linter.Fixes;
using GovInfo.Tests;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GovInfo.Linter.Tests;

/// <summary><c>fix -o OUT</c>, <c>--backup</c> and <c>--force</c>: where the fixed text goes and what is kept.</summary>
public class FixTargetTests
{
    private static string Defects => Path.Combine(TestPaths.Samples, "defects-2024.txt");

    [Fact]
    public void Fix_with_o_writes_the_fixed_copy_elsewhere_and_leaves_the_original_byte_identical()
    {
        using var dir = new TempDirectory();
        string report = dir.File("r.txt", File.ReadAllBytes(Defects));
        string output = Path.Combine(dir.Path, "fixed.txt");

        var outcome = Assert.Single(Linting.Fixer().Fix(new LintOptions([report]), dryRun: false, new FixTarget(output)));

        Assert.Null(outcome.Error);
        Assert.Equal(output, outcome.Output);
        Assert.Equal(File.ReadAllBytes(Defects), File.ReadAllBytes(report));
        var inPlace = dir.File("in-place.txt", File.ReadAllBytes(Defects));
        Assert.Single(Linting.Fixer().Fix(new LintOptions([inPlace]), dryRun: false));
        Assert.Equal(File.ReadAllBytes(inPlace), File.ReadAllBytes(output));
        Assert.NotEqual(File.ReadAllBytes(Defects), File.ReadAllBytes(output));
    }

    [Fact]
    public void An_existing_output_or_backup_is_replaced_only_with_force()
    {
        using var dir = new TempDirectory();
        string report = dir.File("r.txt", File.ReadAllBytes(Defects));
        string output = dir.File("fixed.txt", "mine");

        var refused = Assert.Single(Linting.Fixer().Fix(new LintOptions([report]), dryRun: false, new FixTarget(output)));
        Assert.Contains("已存在", refused.Error);
        Assert.Equal("mine", File.ReadAllText(output));
        var forced = Assert.Single(Linting.Fixer().Fix(new LintOptions([report]), dryRun: false, new FixTarget(output, Force: true)));
        Assert.Null(forced.Error);
        Assert.NotEqual("mine", File.ReadAllText(output));

        string backup = dir.File("r.txt.bak", "older backup");
        var noBackup = Assert.Single(Linting.Fixer().Fix(new LintOptions([report]), dryRun: false, new FixTarget(Backup: true)));
        Assert.Contains("已存在", noBackup.Error);
        Assert.Equal(File.ReadAllBytes(Defects), File.ReadAllBytes(report));
        Assert.Equal("older backup", File.ReadAllText(backup));
    }

    [Fact]
    public void Backup_keeps_the_original_as_NAME_bak_before_replacing_it()
    {
        using var dir = new TempDirectory();
        string docx = DocxBuilder.WriteFixture(TestPaths.Fixture("000"), dir.Path);
        byte[] original = File.ReadAllBytes(docx);

        var outcome = Assert.Single(Linting.Fixer().Fix(new LintOptions([docx]), dryRun: false, new FixTarget(Backup: true)));

        Assert.Null(outcome.Error);
        Assert.True(outcome.Applied > 0);
        Assert.Equal(docx + ".bak", outcome.Backup);
        Assert.Equal(original, File.ReadAllBytes(docx + ".bak"));
        Assert.NotEqual(original, File.ReadAllBytes(docx));
    }

    [Fact]
    public void O_names_one_file_only()
    {
        using var dir = new TempDirectory();
        string a = dir.File("a.txt", File.ReadAllBytes(Defects));
        string b = dir.File("b.txt", File.ReadAllBytes(Defects));

        var outcome = Assert.Single(Linting.Fixer().Fix(new LintOptions([a, b]), dryRun: false, new FixTarget(Path.Combine(dir.Path, "out.txt"))));

        Assert.Contains("只能用于一个文件", outcome.Error);
        Assert.Equal(File.ReadAllBytes(Defects), File.ReadAllBytes(a));
        Assert.False(File.Exists(Path.Combine(dir.Path, "out.txt")));
    }
}

/// <summary><c>fix</c> on a .docx under track changes: the text read with the changes accepted, fixes written as tracked changes when tracking is on.</summary>
public class FixTrackedChangesTests
{
    private static byte[] WithTrackRevisions(byte[] docx)
    {
        var stream = new MemoryStream();
        stream.Write(docx);
        stream.Position = 0;
        using (var document = WordprocessingDocument.Open(stream, true))
            document.MainDocumentPart!.AddNewPart<DocumentSettingsPart>().Settings = new W.Settings(new W.TrackRevisions());
        return stream.ToArray();
    }

    [Fact]
    public void A_document_with_track_changes_on_gets_its_fixes_as_tracked_changes()
    {
        using var dir = new TempDirectory();
        string docx = DocxBuilder.WriteFixture(TestPaths.Fixture("000"), dir.Path);
        string plain = dir.File("plain.docx", File.ReadAllBytes(docx));
        File.WriteAllBytes(docx, WithTrackRevisions(File.ReadAllBytes(docx)));

        var outcome = Assert.Single(Linting.Fixer().Fix(new LintOptions([docx]), dryRun: false));
        Assert.Single(Linting.Fixer().Fix(new LintOptions([plain]), dryRun: false));

        Assert.Null(outcome.Error);
        byte[] fixedBytes = File.ReadAllBytes(docx);
        var revisions = ReviewedDocx.Revisions(fixedBytes);
        Assert.Equal(outcome.Applied, revisions.Count);
        Assert.All(revisions, r => Assert.Equal("govlint", r.Deleted.Length > 0 ? r.DeletionAuthor : r.InsertionAuthor));
        Assert.Empty(ReviewedDocx.ValidationErrors(fixedBytes));
        Assert.Empty(ReviewedDocx.Revisions(File.ReadAllBytes(plain)));
        // Accepted, the changes are the fixes an untracked fix writes.
        string Text(byte[] bytes) => Reports.Loader.Load(bytes, "x.docx").Report!.Document.Source.Map!.Original.Text;
        Assert.Equal(Text(File.ReadAllBytes(plain)), Text(ReviewedDocx.AcceptAll(fixedBytes)));
        Assert.DoesNotContain(Linting.LintOne(docx).Diagnostics, d => d.Fix is not null);
    }

    [Fact]
    public void Text_under_tracked_changes_is_read_as_accepted_deleted_text_not_at_all()
    {
        // An editor's tracked edits: “的的” deleted, “审核审核” inserted; another author's, under track changes.
        var paragraph = new W.Paragraph(
            new W.Run(new W.Text("信息发布前由两级")),
            new W.DeletedRun(new W.Run(new W.DeletedText("的的"))) { Id = "1", Author = "编辑", Date = DateTime.UnixEpoch },
            new W.InsertedRun(new W.Run(new W.Text("审核审核"))) { Id = "2", Author = "编辑", Date = DateTime.UnixEpoch },
            new W.Run(new W.Text("，确保准确。")));
        byte[] bytes = WithTrackRevisions(DocxBuilder.Build(body => body.Append(
            DocxBuilder.Paragraph("某局 2024 年政府信息公开工作年度报告", "Title"), paragraph)));
        using var dir = new TempDirectory();
        string docx = dir.File("r.docx", bytes);

        var doubled = Linting.LintOne(docx).Diagnostics.Where(d => d.Id == "GI6006").ToList();
        Assert.Equal(["审核审核"], doubled.Select(d => d.Source[d.Span]));

        var outcome = Assert.Single(Linting.Fixer().Fix(new LintOptions([docx]), dryRun: false));
        Assert.Null(outcome.Error);
        byte[] fixedBytes = File.ReadAllBytes(docx);
        Assert.Empty(ReviewedDocx.ValidationErrors(fixedBytes));
        Assert.DoesNotContain(Linting.LintOne(docx).Diagnostics, d => d.Id == "GI6006");
        // The editor's own changes are still there, for them to accept or reject; govlint's is one more.
        var revisions = ReviewedDocx.Revisions(fixedBytes);
        Assert.Contains(revisions, r => r.Deleted == "的的" && r.DeletionAuthor == "编辑");
        Assert.Contains(revisions, r => r.Deleted.Length > 0 && r.DeletionAuthor == "govlint");
    }
}
