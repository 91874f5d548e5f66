using System.Text;

namespace GovInfo.Report.Formats.Docx;

/// <summary>Text as an XML element of a .docx can hold it.</summary>
internal static class DocxText
{
    /// <summary>The text with every character XML 1.0 cannot hold (control characters such as a form feed, a lone surrogate) replaced by a space, keeping its length.</summary>
    public static string XmlSafe(string text)
    {
        StringBuilder? safe = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool ok = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : char.IsLowSurrogate(c) ? i > 0 && char.IsHighSurrogate(text[i - 1])
                : c is '\t' or '\n' or '\r' || (c >= 0x20 && c != '\uFFFE' && c != '\uFFFF');
            if (ok && safe is null) continue;
            safe ??= new StringBuilder(text, 0, i, text.Length);
            safe.Append(ok ? c : ' ');
        }
        return safe?.ToString() ?? text;
    }
}
