using System.Diagnostics.CodeAnalysis;
using GovInfo.Report.Documents;
using GovInfo.Report.Text;

namespace GovInfo.Report.Reading;

/// <summary>
/// Reads a file into a <see cref="Document"/> with the registered format that claims it: a file format
/// (.docx, HTML) by extension, else by its first bytes; otherwise the text is decoded and read by the
/// text format of its extension, or the one its content looks most like.
/// </summary>
public sealed class DocumentReader(IEnumerable<ISourceFormat> formats, IEnumerable<IReportReader> readers)
{
    private readonly IReadOnlyList<ISourceFormat> _formats = formats.ToList();
    private readonly IReadOnlyList<IReportReader> _readers = readers.ToList();
    private readonly HashSet<string> _textExtensions = readers.SelectMany(r => r.Extensions).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every extension a folder walk picks up.</summary>
    public IReadOnlyCollection<string> Extensions => [.. _textExtensions, .. _formats.SelectMany(f => f.Extensions)];

    /// <summary>
    /// Reads the bytes into a document, or says why not: a file over <see cref="InputLimits.MaxInputBytes"/>, or one that
    /// exceeds another of the <see cref="InputLimits"/> while read, is refused with a message naming the cap.
    /// </summary>
    public bool TryRead(byte[] bytes, string path, [NotNullWhen(true)] out Document? document, [NotNullWhen(false)] out string? error)
    {
        document = null;
        if (bytes.LongLength > InputLimits.MaxInputBytes)
        {
            error = InputLimits.InputTooLarge(bytes.LongLength);
            return false;
        }
        try
        {
            if (FormatFor(bytes, path) is { } format) return format.TryRead(bytes, path, out document, out error);
            if (UnreadFormats.Advice.TryGetValue(Path.GetExtension(path), out var advice))
            {
                error = advice;
                return false;
            }
            if (!SourceDecoder.TryDecode(bytes, path, out var source, out error)) return false;
            document = Read(source);
            return true;
        }
        catch (InputLimitException e)
        {
            document = null;
            error = e.Message;
            return false;
        }
    }

    /// <summary>Reads decoded text with the text format of its extension, or the one its content looks most like.</summary>
    public Document Read(SourceText source)
    {
        string extension = Path.GetExtension(source.Path).ToLowerInvariant();
        var reader = _readers.FirstOrDefault(r => r.Extensions.Contains(extension))
            ?? _readers.MaxBy(r => r.ScoreContent(source))
            ?? throw new InvalidOperationException("No text format is registered.");
        return reader.Read(source);
    }

    /// <summary>The format that writes fixes back into the file a document was read from; null for text files, whose fixes are text.</summary>
    public ISourceFormat? FormatOf(Document document) => _formats.FirstOrDefault(f => f.Format == document.Format);

    private ISourceFormat? FormatFor(byte[] bytes, string path)
    {
        string extension = Path.GetExtension(path).ToLowerInvariant();
        return _formats.FirstOrDefault(f => f.Extensions.Contains(extension))
            ?? (_textExtensions.Contains(extension) || UnreadFormats.Advice.ContainsKey(extension) ? null : _formats.FirstOrDefault(f => f.Sniff(bytes)));
    }
}
