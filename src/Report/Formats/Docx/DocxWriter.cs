using GovInfo.Report.Reading;
using GovInfo.Report.Text;
using W = DocumentFormat.OpenXml.Wordprocessing;
using DocumentFormat.OpenXml;

namespace GovInfo.Report.Formats.Docx;

/// <summary>
/// Writes edits of the original text (one line per paragraph) into the <c>w:t</c> elements that hold
/// the edited characters: the replacement goes into the first one touched, keeping its run's
/// formatting, and the rest of the edited characters leave the following ones. Nothing else changes.
/// </summary>
internal static class DocxWriter
{
    /// <summary>Applies the edits to the walked body; null when done, else why not (then the body may be half edited and must be thrown away).</summary>
    public static string? Apply(DocxBody body, SourceText original, IReadOnlyList<SourceEdit> edits)
    {
        if (body.Text != original.Text) return "文件的段落与检查时读到的不一致。";
        // Right to left, so that the columns of the edits still to do stay where they were.
        foreach (var edit in edits.OrderByDescending(e => e.Span.Start).ThenByDescending(e => e.Span.Length))
        {
            if (edit.Replacement.AsSpan().IndexOfAny('\t', '\r', '\n') >= 0) return "修复的内容含有换行或制表符，无法写入一个段落。";
            var start = original.GetLinePosition(edit.Span.Start);
            var end = original.GetLinePosition(edit.Span.End);
            if (start.Line != end.Line) return $"修复跨越了段落（第{start.Line}段至第{end.Line}段）。";
            var paragraph = body.Paragraphs[start.Line - 1];
            if (Apply(paragraph, start.Column - 1, end.Column - 1, edit.Replacement) is { } error) return $"第{start.Line}段：{error}";
        }
        return null;
    }

    private static string? Apply(DocxParagraph paragraph, int from, int to, string replacement)
    {
        var pieces = paragraph.Pieces;
        if (from == to)
        {
            // An insertion goes at the end of the text before it, else at the start of the text after it.
            int at = FindLast(pieces, p => p.Kind == DocxPieceKind.Text && p.Column < from && from <= p.End);
            if (at < 0) at = FindLast(pieces, p => p.Kind == DocxPieceKind.Text && p.Column == from);
            if (at < 0) return "插入点旁没有文字，无法写入。";
            Splice((W.Text)pieces[at].Element, from - pieces[at].Column, from - pieces[at].Column, replacement);
            return null;
        }
        var touched = pieces.Where(p => p.Column < to && from < p.End).ToList();
        if (touched.Count == 0) return "要修改的文字不在段落中。";
        if (touched.Any(p => p.Kind != DocxPieceKind.Text)) return "修复涉及制表符或换行，无法安全写入。";
        for (int i = touched.Count - 1; i >= 0; i--)
        {
            var piece = touched[i];
            var text = (W.Text)piece.Element;
            int cut = Math.Max(from, piece.Column) - piece.Column;
            int keep = Math.Min(to, piece.End) - piece.Column;
            Splice(text, cut, keep, i == 0 ? replacement : "");
        }
        return null;
    }

    /// <summary>Replaces characters [from, to) of one w:t (an emptied one stays, empty, so later edits still find it).</summary>
    private static void Splice(W.Text text, int from, int to, string replacement)
    {
        string value = text.Text;
        text.Text = string.Concat(value.AsSpan(0, from), replacement, value.AsSpan(to));
        // Word drops leading and trailing spaces of a w:t unless told to keep them.
        text.Space = SpaceProcessingModeValues.Preserve;
    }

    private static int FindLast(IReadOnlyList<DocxPiece> pieces, Func<DocxPiece, bool> match)
    {
        for (int i = pieces.Count - 1; i >= 0; i--)
            if (match(pieces[i])) return i;
        return -1;
    }
}
