using System.Diagnostics.CodeAnalysis;
using GovInfo.Linter.Diagnostics;
using GovInfo.Report.Documents;
using GovInfo.Report.Reading;
using GovInfo.Report.Text;

namespace GovInfo.Linter.Fixes;

/// <summary>What one pass of fixes made of a file: how many fixes went in, the file's new bytes and the document read from them.</summary>
public sealed record FixPassResult(int Applied, byte[] Bytes, Document Document);

/// <summary>
/// Writes the fixes of some diagnostics into a file's bytes, once: a text file is re-encoded as it was (encoding,
/// byte order mark, line endings), a .docx or HTML file is edited through its format and read again.
/// </summary>
public static class FixPass
{
    /// <summary>
    /// The file with the fixes of <paramref name="diagnostics"/> written in (<see cref="FixPassResult.Applied"/> is 0 when
    /// none applies), or why the format could not write them; <paramref name="bytes"/> are the file <paramref name="document"/> was read from.
    /// </summary>
    public static bool TryApply(DocumentReader reader, Document document, byte[] bytes, IEnumerable<Diagnostic> diagnostics,
        [NotNullWhen(true)] out FixPassResult? result, [NotNullWhen(false)] out string? error)
    {
        var source = document.Source;
        error = null;
        if (reader.FormatOf(document) is not { } format)
        {
            var (text, applied) = FixApplier.Apply(source, diagnostics);
            result = applied == 0
                ? new FixPassResult(0, bytes, document)
                : new FixPassResult(applied, source.Encode(text), reader.Read(new SourceText(text, source.Path, source.Encoding, source.HadByteOrderMark)));
            return true;
        }
        result = null;
        var edits = FixApplier.MapToOriginal(source, diagnostics);
        if (edits.Count == 0)
        {
            result = new FixPassResult(0, bytes, document);
            return true;
        }
        if (!format.TryWrite(bytes, source, edits, out var written, out var writeError))
        {
            error = $"无法写入修复（原文件未改动）：{writeError}";
            return false;
        }
        if (!reader.TryRead(written, source.Path, out var reread, out var rereadError))
        {
            error = $"修复后的文件无法重新读取，已放弃修复（原文件未改动）：{rereadError}";
            return false;
        }
        result = new FixPassResult(edits.Count, written, reread);
        return true;
    }
}
