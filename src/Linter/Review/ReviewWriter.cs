using System.Diagnostics.CodeAnalysis;
using GovInfo.Dsl.Rules;
using GovInfo.Linter.Diagnostics;
using GovInfo.Linter.Fixes;
using GovInfo.Report.Documents;
using GovInfo.Report.Formats.Docx;

namespace GovInfo.Linter.Review;

/// <summary>What a reviewed copy holds: its bytes, one comment per finding (and the counts first), and the findings fixed by a tracked change.</summary>
public sealed record ReviewedCopy(byte[] Docx, int Comments, IReadOnlyList<Diagnostic> Revised, bool IsRendition);

/// <summary>
/// Writes a report's findings into a reviewed .docx (审阅稿, <see cref="DocxReview"/>): every finding a comment on its
/// exact text, author govlint; every automatic fix that a pass of <c>fix</c> would apply a tracked change; and a first
/// comment with the counts. Accepting every change gives the text <c>fix</c> would write in one pass.
/// </summary>
public static class ReviewWriter
{
    /// <param name="document">The report as read.</param>
    /// <param name="source">The bytes it was read from (a file's or an upload's): edited when they are a .docx; otherwise
    /// (or null) a .docx rendition of the document is written.</param>
    /// <param name="diagnostics">Its findings (as <c>lint</c> reports them).</param>
    /// <param name="date">The date the comments and changes carry.</param>
    /// <param name="copy">The reviewed copy, when written.</param>
    /// <param name="error">Why it could not be written.</param>
    public static bool TryWrite(Document document, byte[]? source, IReadOnlyList<Diagnostic> diagnostics, DateTime date,
        [NotNullWhen(true)] out ReviewedCopy? copy, [NotNullWhen(false)] out string? error)
    {
        copy = null;
        byte[]? original = document.Source.Map?.Format == DocxFormat.Name ? source : null;
        if (!DocxReview.TryCreate(document, original, out var review, out error)) return false;
        // The fixes one pass applies (no overlap), each written as a tracked change where it fits in one paragraph.
        var written = new HashSet<RuleFix>();
        foreach (var fix in FixApplier.Choose(document.Source, diagnostics))
            if (review.TryRevise(fix.Span, fix.Replacement)) written.Add(fix);
        var revised = diagnostics.Where(d => d.Fix is { } fix && written.Contains(fix)).ToList();
        review.CommentFirst(ReviewComments.Summary(diagnostics, revised.Count));
        foreach (var diagnostic in diagnostics)
            review.Comment(diagnostic.Span, ReviewComments.For(diagnostic, diagnostic.Fix is { } fix && written.Contains(fix)));
        if (!review.TrySave(date, out var bytes, out error)) return false;
        copy = new ReviewedCopy(bytes, diagnostics.Count + 1, revised, review.IsRendition);
        return true;
    }
}
