using System.Diagnostics.CodeAnalysis;
using DocumentFormat.OpenXml.Packaging;
using GovInfo.Report.Documents;
using GovInfo.Report.Reading;
using GovInfo.Report.Text;

namespace GovInfo.Report.Formats.Docx;

/// <summary>
/// Word documents (.docx): read from their paragraphs, heading styles and tables (<see cref="DocxProjection"/>),
/// with positions that count paragraphs (第N段), and
/// fixed by editing only the runs that hold the fixed text. An old .doc or an encrypted file is refused
/// with a message naming it.
/// </summary>
/// <param name="headings">The template's part titles, to find headings written inside a paragraph; none when null.</param>
public sealed class DocxFormat(HeadingVocabulary? headings = null) : ISourceFormat
{
    public const string Name = "docx";

    public string Format => Name;

    /// <summary>.doc too, so that an old Word file gets a clear message rather than being read as text.</summary>
    public IReadOnlyCollection<string> Extensions { get; } = [".docx", ".doc"];

    public bool Sniff(ReadOnlySpan<byte> bytes) => bytes.StartsWith(DocxPackage.ZipMagic) || bytes.StartsWith(DocxPackage.OleMagic);

    public bool TryRead(byte[] bytes, string path, [NotNullWhen(true)] out Document? document, [NotNullWhen(false)] out string? error)
        => DocxPackage.TryRead(bytes, (main, body) => Read(main, body, path), out document, out error);

    public bool TryWrite(byte[] bytes, SourceText source, IReadOnlyList<SourceEdit> edits, [NotNullWhen(true)] out byte[]? result, [NotNullWhen(false)] out string? error)
    {
        result = null;
        if (source.Map is not { Format: Name } map)
        {
            error = "这段文本不是从 .docx 读出的。";
            return false;
        }
        // FixRunner reopens the result before anything is written: a file that does not open is no fix.
        // A document with track changes switched on (w:trackRevisions) gets the fixes as tracked changes.
        return DocxPackage.TryEdit(bytes, (main, body) => TracksRevisions(main)
                ? DocxMarkup.Apply(main, body, map.Original.Text, [], [.. edits.Select(e => new DocxRevisionMark(e.Span.Start, e.Span.End, e.Replacement))], DateTime.UtcNow)
                : DocxWriter.Apply(DocxBody.Read(body), map.Original, edits),
            out result, out error);
    }

    /// <summary>Whether the document has track changes switched on (修订模式: <c>w:trackRevisions</c> in its settings, not turned off).</summary>
    private static bool TracksRevisions(MainDocumentPart main)
        => main.DocumentSettingsPart?.Settings?.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.TrackRevisions>() is { } track
            && track.Val?.Value != false;

    private Document Read(MainDocumentPart main, DocumentFormat.OpenXml.Wordprocessing.Body body, string path)
    {
        var walked = DocxBody.Read(body);
        var styles = new DocxStyles(main.StyleDefinitionsPart?.Styles);
        var numbering = new DocxNumbering(main.NumberingDefinitionsPart?.Numbering, styles);
        var original = new SourceText(walked.Text, path);
        return DocxProjection.Read(walked, styles, numbering, original, path, headings);
    }
}
