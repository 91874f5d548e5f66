using System.Text.RegularExpressions;
using GovInfo.Report.Documents;
using GovInfo.Report.Reading;

using GovInfo.Tests;

namespace GovInfo.Report.Tests;

/// <summary>
/// The numbering parser reads character by character what the pattern it replaced described: on every string of the
/// characters numbering is made of, at every start and limit, both find the same numbering, or none.
/// </summary>
public partial class NumberingParserReferenceTests
{
    // The pattern NumberingParser used, with its reading of the groups: the reference.
    [GeneratedRegex(@"\G[ \t\u3000]*(?:(?<cc>[一二三四五六七八九十]{1,3})[、，．.]|[（(][ \u3000]*(?<cp>[一二三四五六七八九十]{1,3})[ \u3000]*[）)]|(?<ap_open>[（(])[ \u3000]*(?<ap>[0-9０-９]{1,2})[ \u3000]*[）)]|(?<ar>[0-9０-９]{1,2})(?:[、．]|\.(?![0-9０-９]))|(?<ci>[①-⑳]))")]
    private static partial Regex Prefix();

    private static (NumberingStyle Style, int Value, string Text, int Start, int End, int RestStart)? Reference(string text, int start, int limit)
    {
        var m = Prefix().Match(text, start, limit - start);
        if (!m.Success) return null;
        (NumberingStyle style, Group g) = m.Groups["cc"].Success ? (NumberingStyle.ChineseComma, m.Groups["cc"])
            : m.Groups["cp"].Success ? (NumberingStyle.ChineseParenthesized, m.Groups["cp"])
            : m.Groups["ap"].Success ? (NumberingStyle.ArabicParenthesized, m.Groups["ap"])
            : m.Groups["ar"].Success ? (NumberingStyle.Arabic, m.Groups["ar"])
            : (NumberingStyle.Circled, m.Groups["ci"]);
        int value = style switch
        {
            NumberingStyle.ChineseComma or NumberingStyle.ChineseParenthesized => NumberingParser.ParseChinese(g.Value),
            NumberingStyle.Circled => g.Value[0] - '①' + 1,
            _ => g.Value.Aggregate(0, (v, c) => v * 10 + (c >= '０' ? c - '０' : c - '0')),
        };
        if (value <= 0) return null;
        int numberingStart = start;
        while (numberingStart < m.Index + m.Length && text[numberingStart] is ' ' or '\t' or '\u3000') numberingStart++;
        int numberingEnd = m.Index + m.Length, end = numberingEnd;
        while (end < limit && text[end] is ' ' or '\t' or '\u3000') end++;
        return (style, value, text[numberingStart..numberingEnd], numberingStart, numberingEnd, end);
    }

    private const string Alphabet = "一二三十四〇、，．.（(）) \u3000\t0129０５９①⑳甲";

    [Fact]
    public void Random_strings_of_numbering_characters_parse_as_the_pattern_read_them()
    {
        var random = new Random(18);
        int found = 0;
        for (int n = 0; n < 20_000; n++)
        {
            var chars = new char[random.Next(0, 9)];
            for (int i = 0; i < chars.Length; i++) chars[i] = Alphabet[random.Next(Alphabet.Length)];
            string text = new(chars);
            int start = text.Length == 0 ? 0 : random.Next(0, text.Length);
            int limit = random.Next(start, text.Length + 1);
            var expected = Reference(text, start, limit);
            bool parsed = NumberingParser.TryParse(text, start, limit, out var numbering, out int end);
            Assert.True(expected.HasValue == parsed, $"“{text}” [{start}, {limit}): expected {expected}");
            if (!parsed)
            {
                Assert.Null(numbering);
                Assert.Equal(start, end);
                continue;
            }
            found++;
            var e = expected!.Value;
            Assert.Equal((e.Style, e.Value, e.Text, e.Start, e.End, e.RestStart),
                (numbering!.Style, numbering.Value, numbering.Text, numbering.Span.Start, numbering.Span.End, end));
        }
        Assert.True(found > 1_000, $"only {found} strings held numbering");
    }

    [Theory]
    [InlineData("一二三、")]
    [InlineData("一二三四、")]
    [InlineData("（ 十二 ）其他")]
    [InlineData("（一二三四）")]
    [InlineData("(12)")]
    [InlineData("(123)")]
    [InlineData("12.")]
    [InlineData("12.5")]
    [InlineData("123、")]
    [InlineData("1．")]
    [InlineData("〇、")]
    [InlineData("（0）")]
    [InlineData("十十、")]
    public void Edge_cases_parse_as_the_pattern_read_them(string text)
    {
        var expected = Reference(text, 0, text.Length);
        Assert.Equal(expected.HasValue, NumberingParser.TryParse(text, 0, text.Length, out var numbering, out int end));
        if (expected is { } e) Assert.Equal((e.Style, e.Value, e.Text, e.RestStart), (numbering!.Style, numbering.Value, numbering.Text, end));
    }
}
