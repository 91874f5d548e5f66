using System.Diagnostics.CodeAnalysis;
using GovInfo.Report.Documents;
using GovInfo.Report.Reading;
using GovInfo.Report.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace GovInfo.Report.Formats.Pdf;

/// <summary>
/// PDF files (via PdfPig): text read in reading order and tables from their ruling lines (<see cref="PdfProjection"/>),
/// with positions that count pages, lines within a page and characters within a line (第N页:行:列). A file
/// without a text layer (a scan), an encrypted file and one beyond the <see cref="PdfLimits"/> are refused
/// with a message saying so; fixes are never written into a PDF.
/// </summary>
/// <param name="headings">The template's part titles, to find headings written inside a paragraph; none when null.</param>
/// <param name="limits">How much of a file is read before it is refused; <see cref="PdfLimits.Default"/> when null.</param>
public sealed class PdfFormat(HeadingVocabulary? headings = null, PdfLimits? limits = null) : ISourceFormat
{
    public const string Name = "pdf";

    /// <summary>What <c>fix</c> says of a PDF.</summary>
    public const string NoFixes = "PDF 文件不支持自动修复";

    /// <summary>What a PDF without usable text gets.</summary>
    public const string NoTextLayer = "PDF 没有可读取的文字层，可能是扫描件";

    // Most glyphs must map to text: a font without a Unicode map makes a page of unreadable glyphs.
    private const double MinReadableShare = 0.5;

    private static ReadOnlySpan<byte> Magic => "%PDF-"u8;

    private readonly PdfLimits _limits = limits ?? PdfLimits.Default;

    public string Format => Name;

    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    // The header may follow a little junk (the specification allows it within the first 1024 bytes).
    public bool Sniff(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 1024)].IndexOf(Magic) >= 0;

    public bool TryRead(byte[] bytes, string path, [NotNullWhen(true)] out Document? document, [NotNullWhen(false)] out string? error)
    {
        document = null;
        if (bytes.LongLength > _limits.MaxBytes)
        {
            error = $"PDF 文件过大（{bytes.LongLength / 1024.0 / 1024.0:0.#} MB），超过上限 {_limits.MaxBytes / 1024.0 / 1024.0:0.#} MB。";
            return false;
        }
        if (!Sniff(bytes))
        {
            error = "不是 PDF 文件（缺少 %PDF- 文件头）。";
            return false;
        }
        try
        {
            using var pdf = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (pdf.NumberOfPages > _limits.MaxPages)
            {
                error = $"PDF 共 {pdf.NumberOfPages} 页，超过上限 {_limits.MaxPages} 页。";
                return false;
            }
            var pages = new List<PdfPageContent>(pdf.NumberOfPages);
            int glyphs = 0, unreadable = 0, rules = 0;
            foreach (var page in pdf.GetPages())
            {
                var (content, bad) = PdfPageExtractor.Read(page);
                glyphs += content.Glyphs.Count + bad;
                unreadable += bad;
                rules += content.Rules.Count;
                if (glyphs > _limits.MaxGlyphs)
                {
                    error = $"PDF 的字形超过上限 {_limits.MaxGlyphs} 个（读到第 {page.Number} 页时），不像一份年度报告。";
                    return false;
                }
                if (rules > _limits.MaxRules)
                {
                    error = $"PDF 绘制的线条超过上限 {_limits.MaxRules} 条（读到第 {page.Number} 页时），不像一份年度报告。";
                    return false;
                }
                pages.Add(content);
            }
            if (glyphs == 0 || glyphs - unreadable < MinReadableShare * glyphs)
            {
                error = $"{NoTextLayer}（{(glyphs == 0 ? "页面上没有文字" : $"{unreadable} / {glyphs} 个字形无法对应到文字")}）。";
                return false;
            }
            document = PdfProjection.Read(pages, path, headings, PdfOutline.Of(pdf));
            error = null;
            return true;
        }
        catch (PdfDocumentEncryptedException)
        {
            error = "PDF 已加密，需要密码才能读取：请提供未加密的文件。";
            return false;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error = $"PDF 文件已损坏或无法解析：{e.Message}";
            return false;
        }
    }

    public bool TryWrite(byte[] bytes, SourceText source, IReadOnlyList<SourceEdit> edits, [NotNullWhen(true)] out byte[]? result, [NotNullWhen(false)] out string? error)
    {
        result = null;
        error = NoFixes + "。";
        return false;
    }
}
