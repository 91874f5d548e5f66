using System.Net;
using AngleSharp.Dom;

namespace GovInfo.Report.Formats.Html;

/// <summary>
/// Finds where each character of each text node sits in the HTML source. AngleSharp records where
/// elements start but not text, so the aligner walks the source alongside the DOM: it passes over
/// markup, decodes entities (<c>&amp;nbsp;</c> is one character standing for six) and CR LF pairs, and
/// matches character by character. Where the source cannot be matched (a parser repair moved text),
/// the characters point at the start of their element instead.
/// </summary>
public sealed class HtmlSourceAligner
{
    private readonly string _html;
    private readonly Dictionary<IText, (int[] Starts, int[] Lengths)> _positions = new(ReferenceEqualityComparer.Instance);
    private int _cursor;

    private static readonly HashSet<string> RawTextElements = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext" };

    public HtmlSourceAligner(string html, INode root)
    {
        _html = html;
        foreach (var node in root.GetDescendants())
            if (node is IText text) Align(text);
    }

    /// <summary>Where character <paramref name="index"/> of the text node starts in the source, and how many source characters it takes.</summary>
    public (int Start, int Length) Locate(IText text, int index)
        => _positions.TryGetValue(text, out var p) ? (p.Starts[index], p.Lengths[index]) : (ElementStart(text.ParentElement), 0);

    /// <summary>The 0-based source offset of an element's start tag, or 0 when the parser made the element up.</summary>
    public static int ElementStart(IElement? element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
            if (e.SourceReference is { } reference && reference.Position.Position > 0) return reference.Position.Position - 1;
        return 0;
    }

    private void Align(IText text)
    {
        string data = text.Data;
        int anchor = ElementStart(text.ParentElement);
        if (_cursor < anchor) _cursor = anchor;
        bool raw = text.ParentElement is { } parent && RawTextElements.Contains(parent.LocalName);
        // Raw text (script, style, title) is matched literally, so pass over its element's start tag first.
        if (raw && _cursor == anchor && _cursor < _html.Length && _html[_cursor] == '<') _cursor = SkipMarkup(_cursor);
        var starts = new int[data.Length];
        var lengths = new int[data.Length];
        int p = _cursor;
        for (int i = 0; i < data.Length; i++)
        {
            if (!TryMatch(data, i, ref p, raw, out int start, out int length, out int consumed))
            {
                // Lost: leave the cursor where it was and point the rest at the element.
                for (int j = i; j < data.Length; j++) (starts[j], lengths[j]) = (anchor, 0);
                _positions[text] = (starts, lengths);
                return;
            }
            starts[i] = start;
            lengths[i] = length;
            // A decoded character outside the Basic Multilingual Plane takes two chars for one entity.
            if (consumed == 2 && i + 1 < data.Length) { i++; starts[i] = start; lengths[i] = 0; }
        }
        _cursor = p;
        _positions[text] = (starts, lengths);
    }

    private bool TryMatch(string data, int i, ref int p, bool raw, out int start, out int length, out int consumed)
    {
        char c = data[i];
        start = length = 0;
        consumed = 1;
        while (p < _html.Length)
        {
            char r = _html[p];
            if (!raw && r == '<' && p + 1 < _html.Length && (char.IsAsciiLetter(_html[p + 1]) || _html[p + 1] is '/' or '!' or '?'))
            {
                p = SkipMarkup(p);
                continue;
            }
            if (c == '\n' && r == '\r')
            {
                start = p;
                length = p + 1 < _html.Length && _html[p + 1] == '\n' ? 2 : 1;
                p += length;
                return true;
            }
            if (!raw && r == '&' && TryEntity(p, out string decoded, out int entityLength) && string.CompareOrdinal(decoded, 0, data, i, decoded.Length) == 0)
            {
                (start, length, consumed) = (p, entityLength, decoded.Length);
                p += entityLength;
                return true;
            }
            if (r == c)
            {
                (start, length) = (p, 1);
                p++;
                return true;
            }
            return false;
        }
        return false;
    }

    private int SkipMarkup(int p)
    {
        if (string.CompareOrdinal(_html, p, "<!--", 0, 4) == 0)
        {
            int end = _html.IndexOf("-->", p + 4, StringComparison.Ordinal);
            return end < 0 ? _html.Length : end + 3;
        }
        char quote = '\0';
        for (int i = p + 1; i < _html.Length; i++)
        {
            char ch = _html[i];
            if (quote != '\0') { if (ch == quote) quote = '\0'; }
            else if (ch is '"' or '\'' && _html[i - 1] == '=') quote = ch;
            else if (ch == '>') return i + 1;
        }
        return _html.Length;
    }

    private bool TryEntity(int p, out string decoded, out int length)
    {
        decoded = "";
        length = 0;
        int end = p + 1;
        if (end < _html.Length && _html[end] == '#') end++;
        if (end < _html.Length && _html[end] is 'x' or 'X' && _html[end - 1] == '#') end++;
        while (end < _html.Length && end - p < 40 && char.IsAsciiLetterOrDigit(_html[end])) end++;
        if (end == p + 1) return false;
        bool semicolon = end < _html.Length && _html[end] == ';';
        string entity = _html.Substring(p, end - p) + ";";
        string value = WebUtility.HtmlDecode(entity);
        if (value == entity) return false;
        decoded = value;
        length = end - p + (semicolon ? 1 : 0);
        return true;
    }
}
