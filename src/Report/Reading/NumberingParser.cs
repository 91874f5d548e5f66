using GovInfo.Report.Documents;
using GovInfo.Report.Text;

namespace GovInfo.Report.Reading;

/// <summary>Recognises the numbering prefixes of the template (一、 （一） 1. （1） ①) at the start of a line.</summary>
public static class NumberingParser
{
    private const string ChineseDigits = "〇零一二三四五六七八九十";

    /// <summary>
    /// Parses numbering at <paramref name="start"/> of <paramref name="text"/>, read no further than <paramref name="limit"/>;
    /// <paramref name="end"/> is where the rest begins (after blanks). Blanks may come first; then one of: one to three
    /// Chinese numerals and 、，．. (一、); a bracket, one to three Chinese numerals and its closing bracket, blanks allowed
    /// inside (（一）); the same with one or two digits (（1）); one or two digits and 、 or ．, or a full stop no digit
    /// follows (1. but not 1.5); a circled number (①). Digits may be full-width.
    /// </summary>
    public static bool TryParse(string text, int start, int limit, out Numbering? numbering, out int end)
    {
        numbering = null;
        end = start;
        int at = start;
        while (at < limit && IsBlank(text[at])) at++;
        var rest = text.AsSpan(at, limit - at);
        if (!TryMatch(rest, out var style, out int valueStart, out int valueLength, out int length)) return false;
        var digits = rest.Slice(valueStart, valueLength);
        int value = style switch
        {
            NumberingStyle.ChineseComma or NumberingStyle.ChineseParenthesized => ParseChinese(digits),
            NumberingStyle.Circled => digits[0] - '①' + 1,
            _ => ParseArabic(digits),
        };
        if (value <= 0) return false;

        int numberingEnd = at + length;
        end = numberingEnd;
        while (end < limit && IsBlank(text[end])) end++;
        numbering = new Numbering(style, value, text[at..numberingEnd], TextSpan.FromBounds(at, numberingEnd));
        return true;
    }

    /// <summary>The numbering <paramref name="s"/> starts with: its style, where its numerals are and its length.</summary>
    private static bool TryMatch(ReadOnlySpan<char> s, out NumberingStyle style, out int valueStart, out int valueLength, out int length)
    {
        style = default;
        valueStart = valueLength = length = 0;
        if (s.IsEmpty) return false;
        char c = s[0];
        if (IsChineseNumeral(c))
        {
            int run = Run(s, 0, ChineseNumeralLimit, IsChineseNumeral);
            if (run > MaxChineseNumerals || run >= s.Length || s[run] is not ('、' or '，' or '．' or '.')) return false;
            (style, valueStart, valueLength, length) = (NumberingStyle.ChineseComma, 0, run, run + 1);
            return true;
        }
        if (c is '（' or '(')
        {
            int inner = SkipSpaces(s, 1);
            if (Enclosed(s, inner, MaxChineseNumerals, IsChineseNumeral) is int cp)
            {
                (style, valueStart, valueLength, length) = (NumberingStyle.ChineseParenthesized, inner, Run(s, inner, MaxChineseNumerals + 1, IsChineseNumeral), cp);
                return true;
            }
            if (Enclosed(s, inner, MaxDigits, IsDigit) is int ap)
            {
                (style, valueStart, valueLength, length) = (NumberingStyle.ArabicParenthesized, inner, Run(s, inner, MaxDigits + 1, IsDigit), ap);
                return true;
            }
            return false;
        }
        if (IsDigit(c))
        {
            int run = Run(s, 0, MaxDigits + 1, IsDigit);
            if (run > MaxDigits || run >= s.Length) return false;
            bool ends = s[run] is '、' or '．' || (s[run] == '.' && (run + 1 >= s.Length || !IsDigit(s[run + 1])));
            if (!ends) return false;
            (style, valueStart, valueLength, length) = (NumberingStyle.Arabic, 0, run, run + 1);
            return true;
        }
        if (c is >= '①' and <= '⑳')
        {
            (style, valueStart, valueLength, length) = (NumberingStyle.Circled, 0, 1, 1);
            return true;
        }
        return false;
    }

    private const int MaxChineseNumerals = 3, ChineseNumeralLimit = MaxChineseNumerals + 1, MaxDigits = 2;

    /// <summary>The length of numbering whose numerals (at most <paramref name="max"/>) start at <paramref name="at"/> and are followed by spaces and a closing bracket; null when there is none.</summary>
    private static int? Enclosed(ReadOnlySpan<char> s, int at, int max, Func<char, bool> isNumeral)
    {
        int run = Run(s, at, max + 1, isNumeral);
        if (run == 0 || run > max) return null;
        int close = SkipSpaces(s, at + run);
        return close < s.Length && s[close] is '）' or ')' ? close + 1 : null;
    }

    /// <summary>How many characters from <paramref name="at"/> are numerals, counting no further than <paramref name="limit"/>.</summary>
    private static int Run(ReadOnlySpan<char> s, int at, int limit, Func<char, bool> isNumeral)
    {
        int n = 0;
        while (n < limit && at + n < s.Length && isNumeral(s[at + n])) n++;
        return n;
    }

    private static int SkipSpaces(ReadOnlySpan<char> s, int at)
    {
        while (at < s.Length && s[at] is ' ' or '\u3000') at++;
        return at;
    }

    private static bool IsChineseNumeral(char c) => ChineseNumerals.Contains(c);

    private static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    private const string ChineseNumerals = "一二三四五六七八九十";

    public static int ParseChinese(string s) => ParseChinese(s.AsSpan());

    /// <inheritdoc cref="ParseChinese(string)"/>
    public static int ParseChinese(ReadOnlySpan<char> s)
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

    private static int ParseArabic(ReadOnlySpan<char> s)
    {
        int v = 0;
        foreach (char c in s) v = v * 10 + (c >= '０' ? c - '０' : c - '0');
        return v;
    }

    private static bool IsBlank(char c) => c is ' ' or '\t' or '\u3000';
}
