using System.Text;

namespace GovInfo.Report.Formats.Docx;

/// <summary>Writes a list counter as Word displays it in a <c>w:numFmt</c>: 3 → 三, c, iii, 丙.</summary>
internal static class ListNumberFormat
{
    private const string ChineseDigits = "〇一二三四五六七八九";
    private const string HeavenlyStems = "甲乙丙丁戊己庚辛壬癸";

    public static string Format(int value, string? format) => format switch
    {
        "chineseCounting" or "chineseCountingThousand" or "chineseLegalSimplified" when value > 0 => Chinese(value),
        "ideographTraditional" when value is >= 1 and <= 10 => HeavenlyStems[value - 1].ToString(),
        "upperLetter" when value > 0 => Letters(value, 'A'),
        "lowerLetter" when value > 0 => Letters(value, 'a'),
        "upperRoman" when value is > 0 and < 4000 => Roman(value),
        "lowerRoman" when value is > 0 and < 4000 => Roman(value).ToLowerInvariant(),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" when value is >= 1 and <= 20 => ((char)('①' + value - 1)).ToString(),
        "decimalZero" when value is >= 0 and < 10 => "0" + value,
        _ => value.ToString(),
    };

    /// <summary>一 … 十, 十一, 二十一, 一百零五, 一千二百: how a Chinese reader counts.</summary>
    private static string Chinese(int value)
    {
        if (value >= 10000) return value.ToString();
        var text = new StringBuilder();
        (int unit, char name)[] units = [(1000, '千'), (100, '百'), (10, '十')];
        bool zero = false;
        foreach (var (unit, name) in units)
        {
            int digit = value / unit % 10;
            if (digit == 0)
            {
                zero = text.Length > 0;
                continue;
            }
            if (zero) text.Append('零');
            zero = false;
            // 十一 rather than 一十一 when ten leads.
            if (!(unit == 10 && digit == 1 && text.Length == 0)) text.Append(ChineseDigits[digit]);
            text.Append(name);
        }
        int ones = value % 10;
        if (ones > 0)
        {
            if (zero) text.Append('零');
            text.Append(ChineseDigits[ones]);
        }
        return text.ToString();
    }

    /// <summary>A … Z, then AA, BB …, as Word repeats the letter.</summary>
    private static string Letters(int value, char first) => new((char)(first + (value - 1) % 26), (value - 1) / 26 + 1);

    private static string Roman(int value)
    {
        (int, string)[] numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var text = new StringBuilder();
        foreach (var (n, s) in numerals)
            for (; value >= n; value -= n) text.Append(s);
        return text.ToString();
    }
}
