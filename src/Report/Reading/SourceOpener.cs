using System.Diagnostics.CodeAnalysis;
using GovInfo.Report.Text;

namespace GovInfo.Report.Reading;

/// <summary>
/// Turns a file's bytes into the text govlint reads: a projected text for the formats that need one
/// (by extension, else by their first bytes), the decoded text for everything else.
/// </summary>
public sealed class SourceOpener(IEnumerable<ISourceFormat> formats, IEnumerable<IReportReader> readers)
{
    private readonly IReadOnlyList<ISourceFormat> _formats = formats.ToList();
    private readonly HashSet<string> _textExtensions = readers.SelectMany(r => r.Extensions).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every extension a folder walk picks up.</summary>
    public IReadOnlyCollection<string> Extensions => [.. _textExtensions, .. _formats.SelectMany(f => f.Extensions)];

    public bool TryOpen(byte[] bytes, string path, [NotNullWhen(true)] out SourceText? source, [NotNullWhen(false)] out string? error)
    {
        var format = FormatFor(bytes, path);
        return format is null
            ? SourceDecoder.TryDecode(bytes, path, out source, out error)
            : format.TryOpen(bytes, path, out source, out error);
    }

    /// <summary>The format that writes fixes back into a projected text's file; null for text files.</summary>
    public ISourceFormat? FormatOf(SourceText source)
        => source.Map is { } map ? _formats.FirstOrDefault(f => f.Format == map.Format) : null;

    private ISourceFormat? FormatFor(byte[] bytes, string path)
    {
        string extension = Path.GetExtension(path).ToLowerInvariant();
        return _formats.FirstOrDefault(f => f.Extensions.Contains(extension))
            ?? (_textExtensions.Contains(extension) ? null : _formats.FirstOrDefault(f => f.Sniff(bytes)));
    }
}
