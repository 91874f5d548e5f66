using System.Diagnostics.CodeAnalysis;
using GovInfo.Report.Documents;
using GovInfo.Report.Text;

namespace GovInfo.Report.Reading;

/// <summary>An edit of a file's <see cref="SourceMap.Original"/> text: the span to replace and what replaces it.</summary>
public readonly record struct SourceEdit(TextSpan Span, string Replacement);

/// <summary>
/// A file format read from its bytes (.docx, HTML): its reader builds the <see cref="Document"/> from
/// the file's own structure, over a text written out as it goes whose <see cref="SourceMap"/> leads
/// back to the file; fixes are written back into the file.
/// </summary>
public interface ISourceFormat
{
    /// <summary>A short name such as <c>docx</c> or <c>html</c>: the <see cref="Document.Format"/> and <see cref="SourceMap.Format"/> of what it reads.</summary>
    string Format { get; }

    /// <summary>File extensions (with the dot, lower case) this format claims.</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>Whether the first bytes of a file whose extension decides nothing look like this format.</summary>
    bool Sniff(ReadOnlySpan<byte> bytes);

    /// <summary>The document in the file, or a message saying why it cannot be read; never throws on malformed input.</summary>
    bool TryRead(byte[] bytes, string path, [NotNullWhen(true)] out Document? document, [NotNullWhen(false)] out string? error);

    /// <summary>
    /// The file's bytes with the edits (spans of <see cref="SourceMap.Original"/>, not overlapping, in order)
    /// written in. The caller reads the result again before using it, so a format need not check that here.
    /// </summary>
    bool TryWrite(byte[] bytes, SourceText source, IReadOnlyList<SourceEdit> edits, [NotNullWhen(true)] out byte[]? result, [NotNullWhen(false)] out string? error);
}
