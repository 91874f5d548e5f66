using GovInfo.Linter.Engine;
using GovInfo.Linter.Formatters;
using GovInfo.Report.Text;
using GovInfo.Tests;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GovInfo.Linter.Tests;

public class DocxLintTests
{
    public static TheoryData<string> Fixtures() => new(TestPaths.AllFixtures.Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Default_pack_reports_the_same_rule_ids_on_the_docx_as_on_the_text(string name)
    {
        using var dir = new TempDirectory();
        string text = Path.Combine(TestPaths.Fixtures, name);
        string docx = DocxBuilder.WriteFixture(text, dir.Path);

        var onText = Linting.LintOne(text);
        var onDocx = Linting.LintOne(docx);

        Assert.Null(onDocx.Error);
        Assert.Equal(PositionScheme.Paragraphs, onDocx.Source!.Scheme);
        Assert.Equal(onText.Diagnostics.Select(d => d.Id).Order(), onDocx.Diagnostics.Select(d => d.Id).Order());
        // Each finding is about the same text.
        Assert.Equal(onText.Diagnostics.Select(d => d.Source[d.Span]).Order(), onDocx.Diagnostics.Select(d => d.Source[d.Span]).Order());
    }

    [Fact]
    public void A_finding_in_a_docx_is_located_by_paragraph_and_column_and_printed_as_paragraph()
    {
        using var dir = new TempDirectory();
        string docx = DocxBuilder.WriteFixture(TestPaths.Fixture("000"), dir.Path);

        var result = Linting.LintOne(docx);
        var finding = Assert.Single(result.Diagnostics, d => d.Id == "GI6002");

        // Paragraphs 1–9: the title, 一、总体情况, its paragraph, 一、总体情况 again, a paragraph, （一）–（四）.
        string paragraph = File.ReadAllLines(TestPaths.Fixture("000")).Single(l => l.StartsWith("（四）"));
        Assert.Equal(new Report.Text.LinePosition(9, paragraph.IndexOf("、等") + 1), finding.Start);
        Assert.Equal(87, finding.Start.Column);
        Assert.Equal(new Report.Text.LinePosition(9, 88), finding.End);

        var text = new StringWriter();
        new TextFormatter().Write(Linting.Runner().Run(new LintOptions([docx])), text, new FormatterOptions());
        Assert.Contains($"{Path.GetFileName(docx)}:第9段:87: warning GI6002:", text.ToString());
        Assert.Contains(" 第9段 | ", text.ToString());

        var sarif = new StringWriter();
        new SarifFormatter().Write(Linting.Runner().Run(new LintOptions([docx])), sarif, new FormatterOptions());
        Assert.Contains("\"govlint/positionScheme\": \"docx-paragraphs\"", sarif.ToString());
    }

    private static List<string> ParagraphTexts(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return document.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>()
            .Select(p => string.Concat(p.Descendants<W.Text>().Select(t => t.Text))).ToList();
    }

    private static List<string> RunFormatting(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return document.MainDocumentPart!.Document!.Body!.Descendants<W.Run>().Select(r => r.RunProperties?.OuterXml ?? "").ToList();
    }

    [Fact]
    public void Fixing_a_docx_changes_only_the_fixed_text_keeps_formatting_and_a_second_run_changes_nothing()
    {
        using var dir = new TempDirectory();
        string docx = DocxBuilder.WriteFixture(TestPaths.Fixture("000"), dir.Path);
        var before = ParagraphTexts(docx);
        var formatting = RunFormatting(docx);

        var outcome = Assert.Single(Linting.Fixer().Fix(new LintOptions([docx]), dryRun: false));
        Assert.Null(outcome.Error);
        // GI6002 in a paragraph, GI6003 twice in a table cell (the label of 部分公开).
        Assert.Equal(3, outcome.Applied);

        var after = ParagraphTexts(docx);
        Assert.Equal(before.Count, after.Count);
        var changed = Enumerable.Range(0, before.Count).Where(i => before[i] != after[i]).ToList();
        Assert.Equal(8, changed[0]);
        Assert.Equal(before[8].Replace("规划计划、等内容", "规划计划等内容"), after[8]);
        int label = Assert.Single(changed.Skip(1));
        Assert.Equal(before[label].Replace("的, 只计这一情形, 不计", "的，只计这一情形，不计"), after[label]);
        Assert.Equal(formatting, RunFormatting(docx));
        Assert.Contains(formatting, f => f.Contains("w:b"));
        Assert.DoesNotContain(Linting.LintOne(docx).Diagnostics, d => d.Id == "GI6002");
        Assert.Empty(Directory.GetFiles(dir.Path, "*.govlint-tmp"));

        byte[] fixedBytes = File.ReadAllBytes(docx);
        var second = Assert.Single(Linting.Fixer().Fix(new LintOptions([docx]), dryRun: false));
        Assert.Equal(0, second.Applied);
        Assert.Equal(fixedBytes, File.ReadAllBytes(docx));
    }

    [Fact]
    public void A_fix_across_runs_goes_into_the_first_run_and_leaves_the_next_ones_their_formatting()
    {
        using var dir = new TempDirectory();
        // “的的” is split across a bold run and a plain one.
        string docx = dir.File("r.docx", DocxBuilder.Build(body => body.Append(new W.Paragraph(
            new W.Run(new W.Text("严格落实信息")),
            new W.Run(new W.RunProperties(new W.Bold()), new W.Text("发布的")),
            new W.Run(new W.Text("的审核流程 ")),
            new W.Run(new W.RunProperties(new W.Italic()), new W.Text("并及时公开。"))))));

        var outcome = Assert.Single(Linting.Fixer().Fix(new LintOptions([docx]), dryRun: false));
        Assert.Null(outcome.Error);
        Assert.True(outcome.Applied >= 1);

        using var document = WordprocessingDocument.Open(docx, false);
        var runs = document.MainDocumentPart!.Document!.Body!.Descendants<W.Run>().ToList();
        Assert.Equal(["严格落实信息", "发布的", "审核流程 ", "并及时公开。"], runs.Select(r => r.GetFirstChild<W.Text>()!.Text));
        Assert.NotNull(runs[1].RunProperties?.Bold);
        Assert.NotNull(runs[3].RunProperties?.Italic);
        Assert.Equal(SpaceProcessingModeValues.Preserve, runs[2].GetFirstChild<W.Text>()!.Space!.Value);
    }

    [Fact]
    public void A_folder_walk_lints_docx_files_and_skips_words_lock_files()
    {
        using var dir = new TempDirectory();
        string docx = DocxBuilder.WriteFixture(TestPaths.Fixture("003"), dir.Path);
        dir.File("~$" + Path.GetFileName(docx), [0x0C, 0x41, 0x64, 0x6D, 0x69, 0x6E, 0x20, 0x20]);

        var run = Linting.Runner().Run(new LintOptions([dir.Path]));
        var file = Assert.Single(run.Files);
        Assert.Equal(docx, file.Path);
        Assert.Null(file.Error);
    }

    [Fact]
    public void A_dry_run_on_a_docx_shows_the_fix_as_a_diff_of_the_read_text_and_writes_nothing()
    {
        using var dir = new TempDirectory();
        string docx = DocxBuilder.WriteFixture(TestPaths.Fixture("000"), dir.Path);
        byte[] before = File.ReadAllBytes(docx);

        var outcome = Assert.Single(Linting.Fixer().Fix(new LintOptions([docx]), dryRun: true));
        Assert.Equal(3, outcome.Applied);
        Assert.Contains("-（四）政府信息公开平台建设", outcome.Diff);
        Assert.Contains("规划计划等内容", outcome.Diff);
        Assert.Equal(before, File.ReadAllBytes(docx));
    }
}
