using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GovInfo.Report.Formats.Docx;

/// <summary>A comment to anchor on characters [Start, End) of a body's text (<see cref="DocxBody.Text"/>), with its lines.</summary>
internal readonly record struct DocxCommentMark(int Start, int End, string Text);

/// <summary>A tracked change of characters [Start, End) of a body's text, inside one paragraph: they are deleted and <see cref="Replacement"/> inserted.</summary>
internal readonly record struct DocxRevisionMark(int Start, int End, string Replacement);

/// <summary>
/// Writes comments (批注) and tracked changes (修订) into a .docx body, by the original-text positions
/// <see cref="DocxBody"/> lays out: runs are split where a comment or a change starts or ends (each part keeps
/// its run's formatting), a comment's range markers go exactly around its characters, and a change wraps the
/// runs of its characters in <c>w:del</c> followed by a <c>w:ins</c> run formatted as the first of them.
/// The text as read with every change accepted is the text with the replacements made.
/// </summary>
internal static class DocxMarkup
{
    public const string Author = "govlint";

    /// <summary>Why a change cannot be a tracked change of one paragraph, or null when it can.</summary>
    public static string? CheckRevision(DocxBody body, DocxRevisionMark revision)
    {
        if (revision.Replacement.AsSpan().IndexOfAny('\t', '\r', '\n') >= 0) return "修改的内容含有换行或制表符，无法写入一个段落。";
        var paragraph = ParagraphAt(body, revision.Start);
        if (revision.End > paragraph.End) return "修改跨越了段落。";
        int from = revision.Start - paragraph.Start, to = revision.End - paragraph.Start;
        if (from == to)
            return paragraph.Pieces.Any(p => p.Kind == DocxPieceKind.Text && (p.End == from || p.Column == from)) ? null : "插入点旁没有文字，无法写入。";
        var touched = paragraph.Pieces.Where(p => p.Column < to && from < p.End).ToList();
        if (touched.Count == 0) return "要修改的文字不在段落中。";
        if (touched.Any(p => p.Kind != DocxPieceKind.Text)) return "修改涉及制表符或换行，无法安全写入。";
        var runs = touched.Select(p => p.Element.Parent).Distinct().ToList();
        if (runs.Any(r => r is not W.Run) || runs.Select(r => r!.Parent).Distinct().Count() != 1) return "修改跨越了超链接或域等不同层次的文字。";
        return null;
    }

    /// <summary>The paragraph whose line holds the offset of the body's text.</summary>
    public static DocxParagraph ParagraphAt(DocxBody body, int offset)
    {
        var paragraphs = body.Paragraphs;
        int low = 0, high = paragraphs.Count - 1;
        while (low < high)
        {
            int mid = (low + high + 1) / 2;
            if (paragraphs[mid].Start <= offset) low = mid;
            else high = mid - 1;
        }
        return paragraphs[low];
    }

    /// <summary>
    /// Writes the comments and changes (changes not overlapping, each already checked with <see cref="CheckRevision"/>);
    /// null when done, else why not (the body may then be half written and must be thrown away).
    /// </summary>
    public static string? Apply(MainDocumentPart main, W.Body body, string expectedText, IReadOnlyList<DocxCommentMark> comments, IReadOnlyList<DocxRevisionMark> revisions, DateTime date)
    {
        // Whole seconds, as Word writes them.
        date = new DateTime(date.Ticks - date.Ticks % TimeSpan.TicksPerSecond, date.Kind);
        var walked = DocxBody.Read(body);
        if (walked.Text != expectedText) return "文件的段落与检查时读到的不一致。";
        if (walked.Paragraphs.Count == 0) return comments.Count + revisions.Count == 0 ? null : "文档没有段落，无法添加批注或修订。";
        foreach (var revision in revisions)
            if (CheckRevision(walked, revision) is { } problem) return problem;

        // Every start and end becomes a run boundary first, while the text still reads as it did.
        var cuts = new Dictionary<W.Paragraph, SortedSet<int>>();
        void Cut(int offset)
        {
            var paragraph = ParagraphAt(walked, offset);
            if (!cuts.TryGetValue(paragraph.Element, out var columns)) cuts[paragraph.Element] = columns = [];
            columns.Add(Math.Min(offset, paragraph.End) - paragraph.Start);
        }
        foreach (var comment in comments) { Cut(comment.Start); Cut(comment.End); }
        foreach (var revision in revisions) { Cut(revision.Start); Cut(revision.End); }
        foreach (var (paragraph, columns) in cuts)
            foreach (int column in columns.Reverse()) DocxRuns.SplitAt(paragraph, column);

        var pieces = new Dictionary<W.Paragraph, IReadOnlyList<DocxPiece>>();
        IReadOnlyList<DocxPiece> PiecesOf(W.Paragraph p) => pieces.TryGetValue(p, out var known) ? known : pieces[p] = DocxBody.PiecesOf(p);
        (W.Paragraph Paragraph, int Column) At(int offset)
        {
            var paragraph = ParagraphAt(walked, offset);
            return (paragraph.Element, Math.Min(offset, paragraph.End) - paragraph.Start);
        }

        int nextId = NextId(main, body);
        foreach (var comment in comments)
        {
            var commentsPart = main.WordprocessingCommentsPart ?? main.AddNewPart<WordprocessingCommentsPart>();
            var commentList = commentsPart.Comments ??= new W.Comments();
            string id = (nextId++).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var (startParagraph, startColumn) = At(comment.Start);
            var (endParagraph, endColumn) = At(comment.End);
            var start = new W.CommentRangeStart { Id = id };
            var end = new W.CommentRangeEnd { Id = id };
            var reference = new W.Run(new W.CommentReference { Id = id });
            InsertStart(startParagraph, PiecesOf(startParagraph), startColumn, start);
            if (comment.Start == comment.End)
            {
                start.InsertAfterSelf(end);
                end.InsertAfterSelf(reference);
            }
            else InsertEnd(endParagraph, PiecesOf(endParagraph), endColumn, end, reference);
            commentList.Append(Comment(id, comment.Text, date));
        }

        // Right to left (at one point, an insertion before a deletion): a change next to one already made never looks
        // for text that change moved into its w:del.
        foreach (var revision in revisions.OrderByDescending(r => r.Start).ThenBy(r => r.End))
        {
            var (paragraph, from) = At(revision.Start);
            int to = revision.End - (revision.Start - from);
            Revise(PiecesOf(paragraph), from, to, revision.Replacement, () => (nextId++).ToString(System.Globalization.CultureInfo.InvariantCulture), date);
        }
        return null;
    }

    private static OpenXmlElement RunOf(DocxPiece piece) => piece.Element.Parent as W.Run ?? piece.Element;

    private static void InsertStart(W.Paragraph paragraph, IReadOnlyList<DocxPiece> pieces, int column, OpenXmlElement marker)
    {
        if (pieces.FirstOrDefault(p => p.Column == column && p.Text.Length > 0) is { Element: not null } next) RunOf(next).InsertBeforeSelf(marker);
        else if (pieces.LastOrDefault(p => p.End == column && p.Text.Length > 0) is { Element: not null } previous) RunOf(previous).InsertAfterSelf(marker);
        else paragraph.AppendChild(marker);
    }

    private static void InsertEnd(W.Paragraph paragraph, IReadOnlyList<DocxPiece> pieces, int column, OpenXmlElement marker, OpenXmlElement reference)
    {
        if (pieces.LastOrDefault(p => p.End == column && p.Text.Length > 0) is { Element: not null } previous)
        {
            var run = RunOf(previous);
            run.InsertAfterSelf(reference);
            run.InsertAfterSelf(marker);
        }
        else if (pieces.FirstOrDefault(p => p.Column == column && p.Text.Length > 0) is { Element: not null } next)
        {
            RunOf(next).InsertBeforeSelf(marker);
            marker.InsertAfterSelf(reference);
        }
        else
        {
            paragraph.AppendChild(marker);
            paragraph.AppendChild(reference);
        }
    }

    /// <summary>Wraps the runs of columns [from, to) in a <c>w:del</c> and puts the replacement in a <c>w:ins</c> after it.</summary>
    private static void Revise(IReadOnlyList<DocxPiece> pieces, int from, int to, string replacement, Func<string> newId, DateTime date)
    {
        if (from == to)
        {
            // An insertion goes after the text before it, else before the text after it, formatted as that text.
            var before = pieces.LastOrDefault(p => p.Kind == DocxPieceKind.Text && p.End == from && p.Text.Length > 0);
            var anchor = before.Element is not null ? before : pieces.First(p => p.Kind == DocxPieceKind.Text && p.Column == from);
            var insertion = Inserted(RunOf(anchor) as W.Run, replacement, newId(), date);
            if (before.Element is not null) RunOf(anchor).InsertAfterSelf(insertion);
            else RunOf(anchor).InsertBeforeSelf(insertion);
            return;
        }
        var runs = pieces.Where(p => p.Column >= from && p.End <= to && p.Text.Length > 0).Select(RunOf).Distinct().ToList();
        var first = runs[0];
        var last = runs[^1];
        var deletion = new W.DeletedRun { Id = newId(), Author = Author, Date = date };
        first.InsertBeforeSelf(deletion);
        var after = new List<OpenXmlElement>();
        for (var element = first; element is not null;)
        {
            var next = element == last ? null : element.NextSibling();
            switch (element)
            {
                // Another comment starting or ending inside the change keeps its markers outside it (its range grows to the change's).
                case W.CommentRangeStart or W.BookmarkStart:
                    element.Remove();
                    deletion.InsertBeforeSelf(element);
                    break;
                case W.CommentRangeEnd or W.BookmarkEnd:
                case W.Run run when run.GetFirstChild<W.CommentReference>() is not null:
                    element.Remove();
                    after.Add(element);
                    break;
                default:
                    element.Remove();
                    deletion.AppendChild(element);
                    break;
            }
            element = next;
        }
        foreach (var text in deletion.Descendants<W.Text>().ToList())
            text.Parent!.ReplaceChild(new W.DeletedText(text.Text) { Space = SpaceProcessingModeValues.Preserve }, text);
        foreach (var code in deletion.Descendants<W.FieldCode>().ToList())
            code.Parent!.ReplaceChild(new W.DeletedFieldCode(code.Text) { Space = SpaceProcessingModeValues.Preserve }, code);
        OpenXmlElement tail = deletion;
        if (replacement.Length > 0)
        {
            tail = Inserted(first as W.Run, replacement, newId(), date);
            deletion.InsertAfterSelf(tail);
        }
        foreach (var element in after)
        {
            tail.InsertAfterSelf(element);
            tail = element;
        }
    }

    private static W.InsertedRun Inserted(W.Run? model, string text, string id, DateTime date)
    {
        var run = new W.Run();
        if (model?.RunProperties is { } properties) run.Append(properties.CloneNode(true));
        run.Append(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return new W.InsertedRun(run) { Id = id, Author = Author, Date = date };
    }

    private static W.Comment Comment(string id, string text, DateTime date)
    {
        var comment = new W.Comment { Id = id, Author = Author, Initials = "GL", Date = date };
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            var paragraph = new W.Paragraph();
            // Word starts a comment's first paragraph with the mark that refers back to it.
            if (i == 0) paragraph.Append(new W.Run(new W.AnnotationReferenceMark()));
            paragraph.Append(new W.Run(new W.Text(DocxText.XmlSafe(lines[i])) { Space = SpaceProcessingModeValues.Preserve }));
            comment.Append(paragraph);
        }
        return comment;
    }

    /// <summary>One more than the largest <c>w:id</c> in the body and the comments already there, so new ids clash with none.</summary>
    private static int NextId(MainDocumentPart main, W.Body body)
    {
        var elements = body.Descendants();
        if (main.WordprocessingCommentsPart?.Comments is { } existing) elements = elements.Concat(existing.Descendants<W.Comment>());
        int max = 0;
        foreach (var element in elements)
            foreach (var attribute in element.GetAttributes())
                if (attribute.LocalName == "id" && attribute.NamespaceUri == body.NamespaceUri
                    && int.TryParse(attribute.Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int value))
                    max = Math.Max(max, value);
        return max + 1;
    }
}
