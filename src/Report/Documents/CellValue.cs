using System.Globalization;
using GovInfo.Report.Text;

namespace GovInfo.Report.Documents;

/// <summary>What a table cell holds.</summary>
public enum CellValueKind
{
    /// <summary>Nothing but white space.</summary>
    Empty,
    /// <summary>A number (full-width digits and thousands separators accepted).</summary>
    Number,
    /// <summary>A stand-in for zero such as <c>/</c>, <c>-</c>, <c>—</c> or <c>无</c>: not a number.</summary>
    Placeholder,
    /// <summary>Any other text, such as a label.</summary>
    Text,
}

/// <summary>The value of a table cell, parsed leniently; the cell keeps its raw text beside it.</summary>
public readonly record struct CellValue(CellValueKind Kind, decimal? Number)
{
    public static CellValue Empty { get; } = new(CellValueKind.Empty, null);

    private static readonly HashSet<string> Placeholders = ["/", "\\", "-", "--", "—", "——", "–", "无", "空", "×", "x", "X"];

    // The longest placeholder: a longer text is none, and is not hashed to find out.
    private static readonly int MaxPlaceholderLength = Placeholders.Max(p => p.Length);

    public bool IsValueLike => Kind != CellValueKind.Text;

    public static CellValue Parse(string text)
    {
        // Most cells are small counts written in ASCII digits: read them without normalizing or the general parser (same value and scale).
        if (text.Length is > 0 and <= 9 && !text.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            int value = 0;
            foreach (char c in text) value = value * 10 + (c - '0');
            return new(CellValueKind.Number, value);
        }
        string s = Normalize(text);
        if (s.Length == 0) return Empty;
        if (s.Length <= MaxPlaceholderLength && Placeholders.Contains(s)) return new(CellValueKind.Placeholder, null);
        if (LooksNumeric(s) && decimal.TryParse(s.Replace(",", ""), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
            return new(CellValueKind.Number, d);
        return new(CellValueKind.Text, null);
    }

    private static string Normalize(string text)
    {
        // Full-width digits, signs and points (０-９ － ．) count as ASCII.
        var s = WidthFolding.Fold(text).Trim();
        if (s.Length > 0 && s.IndexOf(' ') >= 0) s = s.Replace(" ", "");
        return s.Replace('−', '-');
    }

    private static bool LooksNumeric(string s)
    {
        int start = s[0] is '-' or '+' ? 1 : 0;
        if (start == s.Length || !char.IsAsciiDigit(s[start])) return false;
        for (int i = start; i < s.Length; i++)
            if (!char.IsAsciiDigit(s[i]) && s[i] is not ('.' or ',')) return false;
        return true;
    }

    public override string ToString() => Kind switch
    {
        CellValueKind.Number => Number!.Value.ToString(CultureInfo.InvariantCulture),
        _ => Kind.ToString(),
    };
}
