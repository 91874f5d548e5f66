using System.Text.RegularExpressions;
using GovInfo.Report.Documents;
using GovInfo.Report.Text;

namespace GovInfo.Report.Reading;

/// <summary>Recognises the numbering prefixes of the template (一、 （一） 1. （1） ①) at the start of a line.</summary>
public static partial class NumberingParser
{
    private const string ChineseDigits = "〇零一二三四五六七八九十";

    [GeneratedRegex(@"\G[ \t\u3000]*(?:(?<cc>[一二三四五六七八九十]{1,3})[、，．.]|[（(][ \u3000]*(?<cp>[一二三四五六七八九十]{1,3})[ \u3000]*[）)]|(?<ap_open>[（(])[ \u3000]*(?<ap>[0-9０-９]{1,2})[ \u3000]*[）)]|(?<ar>[0-9０-９]{1,2})(?:[、．]|\.(?![0-9０-９]))|(?<ci>[①-⑳]))")]
    private static partial Regex Prefix();

    /// <summary>Parses numbering at <paramref name="start"/> of <paramref name="text"/>; <paramref name="end"/> is where the rest begins (after blanks).</summary>
    public static bool TryParse(string text, int start, int limit, out Numbering? numbering, out int end)
    {
        numbering = null;
        end = start;
        if (!MayStartNumbering(text, start, limit)) return false;
        var m = Prefix().Match(text, start, limit - start);
        if (!m.Success) return false;

        (NumberingStyle style, Group g) = m.Groups["cc"].Success ? (NumberingStyle.ChineseComma, m.Groups["cc"])
            : m.Groups["cp"].Success ? (NumberingStyle.ChineseParenthesized, m.Groups["cp"])
            : m.Groups["ap"].Success ? (NumberingStyle.ArabicParenthesized, m.Groups["ap"])
            : m.Groups["ar"].Success ? (NumberingStyle.Arabic, m.Groups["ar"])
            : (NumberingStyle.Circled, m.Groups["ci"]);
        int value = style switch
        {
            NumberingStyle.ChineseComma or NumberingStyle.ChineseParenthesized => ParseChinese(g.Value),
            NumberingStyle.Circled => g.Value[0] - '①' + 1,
            _ => ParseArabic(g.Value),
        };
        if (value <= 0) return false;

        int numberingStart = start;
        while (numberingStart < m.Index + m.Length && IsBlank(text[numberingStart])) numberingStart++;
        int numberingEnd = m.Index + m.Length;
        end = numberingEnd;
        while (end < limit && IsBlank(text[end])) end++;
        var span = TextSpan.FromBounds(numberingStart, numberingEnd);
        numbering = new Numbering(style, value, text[numberingStart..numberingEnd], span);
        return true;
    }

    /// <summary>
    /// Whether the first character after the blanks at <paramref name="start"/> can begin a numbering (a Chinese numeral, a
    /// bracket, a digit, a circled number): most lines start with none, and are ruled out without running the pattern.
    /// </summary>
    internal static bool MayStartNumbering(string text, int start, int limit)
    {
        int i = start;
        while (i < limit && IsBlank(text[i])) i++;
        if (i >= limit) return false;
        char c = text[i];
        return c is '（' or '(' or (>= '0' and <= '9') or (>= '０' and <= '９') or (>= '①' and <= '⑳') || ChineseNumerals.Contains(c);
    }

    private const string ChineseNumerals = "一二三四五六七八九十";

    public static int ParseChinese(string s)
    {
        int tenIndex = s.IndexOf('十');
        if (tenIndex < 0) return s.Length == 1 ? Digit(s[0]) : -1;
        int tens = tenIndex == 0 ? 1 : Digit(s[0]);
        int ones = tenIndex == s.Length - 1 ? 0 : Digit(s[^1]);
        return tens < 0 || ones < 0 || s.Length > 3 ? -1 : tens * 10 + ones;
    }

    private static int Digit(char c)
    {
        int i = ChineseDigits.IndexOf(c);
        return i switch { < 0 or 11 => -1, 0 or 1 => 0, _ => i - 1 };
    }

    private static int ParseArabic(string s)
    {
        int v = 0;
        foreach (char c in s) v = v * 10 + (c >= '０' ? c - '０' : c - '0');
        return v;
    }

    private static bool IsBlank(char c) => c is ' ' or '\t' or '\u3000';
}
