using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GovInfo.Tests;

/// <summary>
/// Reads a reviewed .docx the way an editor's word processor shows it, independently of govlint's reader: its
/// comments, the original text each comment's range holds, the tracked changes, the validator's errors, and the
/// document with every change accepted.
/// </summary>
public static class ReviewedDocx
{
    public sealed record Comment(string Id, string Author, string Text);

    /// <summary>A comment's range: the original characters it holds (paragraphs joined by '\n', deleted text included, inserted text not) and whether it spans whole paragraphs.</summary>
    public sealed record Range(string Text, bool StartsParagraph, bool EndsParagraph);

    /// <summary>A tracked change: the text deleted, the text inserted right after it (empty when none), and their authors.</summary>
    public sealed record Revision(string Deleted, string Inserted, string? DeletionAuthor, string? InsertionAuthor);

    public static IReadOnlyList<Comment> Comments(byte[] docx) => Use(docx, main =>
        (main.WordprocessingCommentsPart?.Comments?.Elements<W.Comment>() ?? [])
            .Select(c => new Comment(c.Id!.Value!, c.Author?.Value ?? "", string.Join("\n", c.Elements<W.Paragraph>().Select(p => p.InnerText))))
            .ToList());

    /// <summary>Every comment range of the body by id, in the order their starts appear.</summary>
    public static IReadOnlyDictionary<string, Range> Ranges(byte[] docx) => Use(docx, main =>
    {
        var open = new Dictionary<string, (System.Text.StringBuilder Text, bool Starts, int Paragraph)>();
        var closed = new Dictionary<string, (string Text, bool Starts)>();
        var ranges = new Dictionary<string, Range>();
        int number = 0;
        foreach (var paragraph in main.Document!.Body!.Descendants<W.Paragraph>())
        {
            number++;
            foreach (var (_, state) in open)
                if (state.Paragraph < number) state.Text.Append('\n');
            bool seenText = false;
            // Ranges closed in this paragraph, and whether text follows their end in it.
            var endedHere = new Dictionary<string, bool>();
            foreach (var element in paragraph.Descendants())
            {
                switch (element)
                {
                    case W.CommentRangeStart start:
                        open[start.Id!.Value!] = (new System.Text.StringBuilder(), !seenText, number);
                        break;
                    case W.CommentRangeEnd end when open.Remove(end.Id!.Value!, out var state):
                        closed[end.Id!.Value!] = (state.Text.ToString(), state.Starts);
                        endedHere[end.Id!.Value!] = false;
                        break;
                    default:
                        if (TextOf(element) is { Length: > 0 } text)
                        {
                            seenText = true;
                            foreach (var (_, s) in open) s.Text.Append(text);
                            foreach (var id in endedHere.Keys.ToList()) endedHere[id] = true;
                        }
                        break;
                }
            }
            foreach (var (id, textAfter) in endedHere) ranges[id] = new Range(closed[id].Text, closed[id].Starts, !textAfter);
        }
        return (IReadOnlyDictionary<string, Range>)ranges;
    });

    /// <summary>Where a comment's range starts when that is in a table: the text of its row's first cell and the cell's index in the row.</summary>
    public static (string RowLabel, int Cell)? CellOf(byte[] docx, string id) => Use(docx, main =>
    {
        var start = main.Document!.Body!.Descendants<W.CommentRangeStart>().Single(s => s.Id?.Value == id);
        if (start.Ancestors<W.TableCell>().FirstOrDefault() is not { } cell) return ((string, int)?)null;
        var row = (W.TableRow)cell.Parent!;
        return (row.Elements<W.TableCell>().First().InnerText, row.Elements<W.TableCell>().ToList().IndexOf(cell));
    });

    public static IReadOnlyList<Revision> Revisions(byte[] docx) => Use(docx, main =>
        main.Document!.Body!.Descendants<W.DeletedRun>().Select(d => new Revision(
            string.Concat(d.Descendants<W.DeletedText>().Select(t => t.Text)),
            d.NextSibling() is W.InsertedRun i ? string.Concat(i.Descendants<W.Text>().Select(t => t.Text)) : "",
            d.Author?.Value, (d.NextSibling() as W.InsertedRun)?.Author?.Value))
        .Concat(main.Document.Body.Descendants<W.InsertedRun>().Where(i => i.PreviousSibling() is not W.DeletedRun)
            .Select(i => new Revision("", string.Concat(i.Descendants<W.Text>().Select(t => t.Text)), null, i.Author?.Value)))
        .ToList());

    /// <summary>The Open XML SDK validator's errors (Office 2019 schemas), as text.</summary>
    public static IReadOnlyList<string> ValidationErrors(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
    }

    /// <summary>The document with every tracked change accepted: deletions dropped, insertions kept as plain runs.</summary>
    public static byte[] AcceptAll(byte[] docx)
    {
        var stream = new MemoryStream();
        stream.Write(docx);
        stream.Position = 0;
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            foreach (var deletion in body.Descendants<W.DeletedRun>().ToList()) deletion.Remove();
            foreach (var insertion in body.Descendants<W.InsertedRun>().ToList())
            {
                foreach (var child in insertion.ChildElements.ToList())
                {
                    child.Remove();
                    insertion.InsertBeforeSelf(child);
                }
                insertion.Remove();
            }
        }
        return stream.ToArray();
    }

    // The original reading: text, and deleted text, but not what a change inserted.
    private static string? TextOf(OpenXmlElement element) => element switch
    {
        W.Text t when !t.Ancestors<W.InsertedRun>().Any() => t.Text,
        W.DeletedText d => d.Text,
        W.TabChar => "\t",
        W.Break or W.CarriageReturn => " ",
        _ => null,
    };

    private static T Use<T>(byte[] docx, Func<MainDocumentPart, T> read)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return read(document.MainDocumentPart!);
    }
}
