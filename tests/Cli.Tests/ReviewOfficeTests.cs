using System.Diagnostics;
using GovInfo.Tests;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace GovInfo.Cli.Tests;

/// <summary>
/// A reviewed copy opens in real office software: LibreOffice converts it to PDF with its comments exported as
/// notes, and every comment is there. Needs <c>soffice</c> (Debian libreoffice-writer-nogui) and <c>pdftotext</c>
/// (poppler-utils); skipped, saying so, without them. One conversion, so the suite stays quick.
/// </summary>
public class ReviewOfficeTests
{
    [SkippableFact]
    public void LibreOffice_opens_the_reviewed_copy_and_exports_every_comment()
    {
        Skip.If(Which("soffice") is null, "LibreOffice（soffice）未安装：跳过在真实办公软件中打开审阅稿的测试（.ci/run 会安装 libreoffice-writer-nogui）。");
        Skip.If(Which("pdftotext") is null, "pdftotext 未安装：跳过（.ci/run 会安装 poppler-utils）。");
        using var dir = new TempDirectory();
        string docx = dir.File("draft.docx", DocxBuilder.FromText(File.ReadAllText(Path.Combine(TestPaths.Samples, "defects-2024.txt"))));
        var review = Govlint.Exec("review", docx);
        Assert.True(review.ExitCode == 0, review.StdErr);
        string reviewed = Path.Combine(dir.Path, "draft.govlint.docx");
        var comments = ReviewedDocx.Comments(File.ReadAllBytes(reviewed));

        // ExportNotes: comments as PDF notes; ExportNotesInMargin (LibreOffice 7.5 and later): also printed in the margin.
        const string filter = "pdf:writer_pdf_Export:{\"ExportNotes\":{\"type\":\"boolean\",\"value\":\"true\"},\"ExportNotesInMargin\":{\"type\":\"boolean\",\"value\":\"true\"}}";
        var convert = Run("soffice", "--headless", $"-env:UserInstallation=file://{dir.Path}/profile", "--convert-to", filter, "--outdir", Path.Combine(dir.Path, "pdf"), reviewed);
        string pdf = Path.Combine(dir.Path, "pdf", "draft.govlint.pdf");
        Assert.True(File.Exists(pdf), $"soffice wrote no PDF: {convert}");

        string pageText = Run("pdftotext", "-enc", "UTF-8", pdf, "-");
        using var document = PdfDocument.Open(pdf);
        var notes = document.GetPages().SelectMany(p => Notes(document, p)).ToList();
        string exported = Squeeze(pageText + string.Concat(notes));
        Assert.Contains("示例区教育局", Squeeze(pageText));
        Assert.All(comments, c => Assert.Contains(Squeeze(c.Text), exported));
    }

    /// <summary>
    /// The /Contents of a page's annotations, read from their dictionaries (LibreOffice writes note popups without the
    /// /Rect PdfPig's annotation reader insists on).
    /// </summary>
    private static IEnumerable<string> Notes(PdfDocument document, UglyToad.PdfPig.Content.Page page)
    {
        T? Resolve<T>(IToken? token) where T : class, IToken
            => token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data as T : token as T;
        if (!page.Dictionary.TryGet(NameToken.Annots, out var annots) || Resolve<ArrayToken>(annots) is not { } array) yield break;
        foreach (var item in array.Data)
        {
            if (Resolve<DictionaryToken>(item) is not { } annotation || !annotation.TryGet(NameToken.Contents, out var contents)) continue;
            switch (Resolve<IToken>(contents))
            {
                case StringToken text: yield return text.Data; break;
                case HexToken hex: yield return hex.Data; break;
            }
        }
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static string? Which(string command)
        => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(d => Path.Combine(d, command)).FirstOrDefault(File.Exists);

    private static string Run(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return stdout.Result + stderr.Result;
    }
}
