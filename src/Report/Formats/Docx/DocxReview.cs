using System.Diagnostics.CodeAnalysis;
using GovInfo.Report.Documents;
using GovInfo.Report.Text;

namespace GovInfo.Report.Formats.Docx;

/// <summary>
/// A reviewed copy of a report as a .docx (审阅稿): comments (批注) anchored on spans of the report's text and
/// changes written as tracked changes (修订) that Word and WPS accept or reject one by one, author
/// <c>govlint</c>. A report read from a .docx is annotated in a copy of its own file (every other byte of it
/// kept); one read from another format is first written out as a .docx of what was read. Spans are those of
/// <see cref="Document.Source"/>, as findings give them.
/// </summary>
public sealed class DocxReview
{
    public const string Author = DocxMarkup.Author;

    private readonly byte[] _docx;
    private readonly DocxBody _body;
    private readonly Func<TextSpan, (int Start, int End)> _anchor;
    private readonly TryMap _mapEdit;
    private readonly List<DocxCommentMark> _comments = [];
    private readonly List<DocxRevisionMark> _revisions = [];
    private DocxCommentMark? _summary;

    private delegate bool TryMap(TextSpan span, out TextSpan body);

    private DocxReview(byte[] docx, DocxBody body, Func<TextSpan, (int, int)> anchor, TryMap mapEdit, bool isRendition)
    {
        _docx = docx;
        _body = body;
        _anchor = anchor;
        _mapEdit = mapEdit;
        IsRendition = isRendition;
    }

    /// <summary>Whether the copy is a .docx written from what was read (the report was not a .docx).</summary>
    public bool IsRendition { get; }

    /// <summary>
    /// Starts a review of <paramref name="document"/>; <paramref name="docx"/> is the file it was read from when that is a
    /// .docx (else null, and a rendition is written). False with the reason when the .docx cannot be opened again.
    /// </summary>
    public static bool TryCreate(Document document, byte[]? docx, [NotNullWhen(true)] out DocxReview? review, [NotNullWhen(false)] out string? error)
    {
        review = null;
        if (document.Source.Map is { Format: DocxFormat.Name } map)
        {
            if (docx is null)
            {
                error = "审阅 .docx 需要原文件的内容。";
                return false;
            }
            if (!DocxPackage.TryRead(docx, (_, body) => DocxBody.Read(body), out var walked, out error)) return false;
            if (walked!.Text != map.Original.Text)
            {
                error = "文件的段落与检查时读到的不一致。";
                return false;
            }
            review = new DocxReview(docx, walked, map.ToOriginal, map.TryMapReplaceable, isRendition: false);
            return true;
        }
        var rendition = DocxRendition.Build(document);
        if (!DocxPackage.TryRead(rendition.Bytes, (_, body) => DocxBody.Read(body), out var renderedBody, out error)) return false;
        review = new DocxReview(rendition.Bytes, renderedBody!, span => (rendition.ToBody(span.Start, end: false), rendition.ToBody(span.End, end: true)), rendition.TryMapVerbatim, isRendition: true);
        return true;
    }

    /// <summary>
    /// Asks for <paramref name="span"/> to be replaced by <paramref name="replacement"/> as a tracked change; true when it
    /// will be (it lies in one paragraph, touches only text, and overlaps no change asked for before), false when it cannot.
    /// </summary>
    public bool TryRevise(TextSpan span, string replacement)
    {
        if (!_mapEdit(span, out var body)) return false;
        var revision = new DocxRevisionMark(body.Start, body.End, replacement);
        // Overlapping changes, or two insertions at one point (their order would be a guess), wait for another pass.
        if (_revisions.Any(r => (r.Start < revision.End && revision.Start < r.End) || (r.Start == r.End && revision.Start == revision.End && r.Start == revision.Start))) return false;
        if (DocxMarkup.CheckRevision(_body, revision) is not null) return false;
        _revisions.Add(revision);
        return true;
    }

    /// <summary>
    /// A comment on the characters of <paramref name="span"/>; an empty span (a missing part, say) anchors on the whole
    /// paragraph it falls in, or outside a table on the nearest one with text.
    /// </summary>
    public void Comment(TextSpan span, string text) => _comments.Add(Anchor(span, text));

    /// <summary>A comment put first in the document, on its first paragraph with text (the counts of a review).</summary>
    public void CommentFirst(string text)
    {
        var paragraph = _body.Paragraphs.FirstOrDefault(p => p.HasText) ?? _body.Paragraphs.FirstOrDefault();
        _summary = paragraph is null ? new DocxCommentMark(0, 0, text) : new DocxCommentMark(paragraph.Start, paragraph.End, text);
    }

    /// <summary>The original characters (paragraphs joined by '\n') a comment on <paramref name="span"/> holds: what <see cref="Comment"/> anchors on.</summary>
    public string AnchoredText(TextSpan span)
    {
        var mark = Anchor(span, "");
        return _body.Text[mark.Start..mark.End];
    }

    /// <summary>The reviewed .docx; false with the reason when it cannot be written.</summary>
    public bool TrySave(DateTime date, [NotNullWhen(true)] out byte[]? bytes, [NotNullWhen(false)] out string? error)
    {
        var comments = _summary is { } summary ? [summary, .. _comments] : _comments;
        var revisions = _revisions.OrderBy(r => r.Start).ToList();
        return DocxPackage.TryEdit(_docx, (main, body) => DocxMarkup.Apply(main, body, _body.Text, comments, revisions, date), out bytes, out error);
    }

    private DocxCommentMark Anchor(TextSpan span, string text)
    {
        var (start, end) = _anchor(span);
        string body = _body.Text;
        start = Math.Clamp(start, 0, body.Length);
        end = Math.Clamp(end, start, body.Length);
        // A span that starts or ends on a paragraph break holds the paragraphs' text, not the break.
        while (start < end && body[start] == '\n') start++;
        while (end > start && body[end - 1] == '\n') end--;
        if (start < end || _body.Paragraphs.Count == 0) return new DocxCommentMark(start, end, text);
        var paragraph = DocxMarkup.ParagraphAt(_body, start);
        if (!paragraph.HasText && !paragraph.Element.Ancestors<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Any())
            paragraph = Nearest(paragraph.Number - 1) ?? paragraph;
        return new DocxCommentMark(paragraph.Start, paragraph.End, text);
    }

    /// <summary>The paragraph with text nearest to paragraph <paramref name="index"/> (0-based), the following ones first.</summary>
    private DocxParagraph? Nearest(int index)
    {
        var paragraphs = _body.Paragraphs;
        for (int distance = 1; distance < paragraphs.Count; distance++)
        {
            if (index + distance < paragraphs.Count && paragraphs[index + distance].HasText) return paragraphs[index + distance];
            if (index - distance >= 0 && paragraphs[index - distance].HasText) return paragraphs[index - distance];
        }
        return null;
    }
}
