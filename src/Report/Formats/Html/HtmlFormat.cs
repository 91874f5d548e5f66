using System.Diagnostics.CodeAnalysis;
using System.Text;
using GovInfo.Report.Documents;
using GovInfo.Report.Reading;
using GovInfo.Report.Text;

namespace GovInfo.Report.Formats.Html;

/// <summary>
/// Web pages (.html, .htm): the report body read from its elements (<see cref="HtmlProjector"/>); fixes are written into
/// the HTML source. A page beyond the <see cref="InputLimits"/> (nesting depth, elements, table cells) is refused with a
/// message naming the cap, whatever the load of the machine.
/// </summary>
public sealed class HtmlFormat(HeadingVocabulary? headings = null) : ISourceFormat
{
    public const string Name = "html";

    public string Format => Name;

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm", ".shtml", ".xhtml"];

    public bool Sniff(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        string start = Encoding.ASCII.GetString(head).TrimStart().ToLowerInvariant();
        return start.StartsWith("<!doctype html", StringComparison.Ordinal) || start.StartsWith("<html", StringComparison.Ordinal);
    }

    public bool TryRead(byte[] bytes, string path, [NotNullWhen(true)] out Document? document, [NotNullWhen(false)] out string? error)
    {
        document = null;
        if (!SourceDecoder.TryDecode(bytes, path, out var html, out error)) return false;
        try
        {
            document = HtmlProjector.Read(html, headings);
            return true;
        }
        catch (InputLimitException e)
        {
            error = e.Message;
            return false;
        }
    }

    public bool TryWrite(byte[] bytes, SourceText source, IReadOnlyList<SourceEdit> edits, [NotNullWhen(true)] out byte[]? result, [NotNullWhen(false)] out string? error)
    {
        error = null;
        var html = source.Map?.Original ?? throw new ArgumentException("The text was not read from an HTML file.", nameof(source));
        var text = new StringBuilder(html.Length);
        int position = 0;
        foreach (var edit in edits)
        {
            text.Append(html.Text, position, edit.Span.Start - position).Append(Escape(edit.Replacement));
            position = edit.Span.End;
        }
        text.Append(html.Text, position, html.Length - position);
        result = html.Encode(text.ToString());
        return true;
    }

    /// <summary>Only what would otherwise be read as markup; Chinese text stays as it is.</summary>
    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
