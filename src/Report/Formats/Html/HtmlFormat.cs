using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using GovInfo.Report.Documents;
using GovInfo.Report.Reading;
using GovInfo.Report.Text;

namespace GovInfo.Report.Formats.Html;

/// <summary>Web pages (.html, .htm): the report body read from its elements (<see cref="HtmlProjector"/>); fixes are written into the HTML source.</summary>
public sealed class HtmlFormat(TimeSpan? parseTimeout = null, HeadingVocabulary? headings = null) : ISourceFormat
{
    /// <summary>How long a page may take to parse; real pages take milliseconds.</summary>
    public static readonly TimeSpan DefaultParseTimeout = TimeSpan.FromSeconds(10);

    private readonly TimeSpan _parseTimeout = parseTimeout ?? DefaultParseTimeout;

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
        var clock = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(_parseTimeout);
        try
        {
            document = HtmlProjector.Read(html, timeout.Token, headings);
        }
        catch (OperationCanceledException)
        {
            // Refused below, as a parse that outlasted the limit.
        }
        // The parser sees the token only when the timer has run, and a busy thread pool can delay the timer past the
        // whole parse; the clock makes the outcome the same either way.
        if (document is not null && clock.Elapsed <= _parseTimeout) return true;
        document = null;
        error = $"网页结构过于复杂（元素嵌套过深），{_parseTimeout.TotalSeconds:0.###} 秒内未能解析完：请确认这是正常的报告网页。";
        return false;
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
