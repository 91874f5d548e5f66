using System.Text.RegularExpressions;
using GovInfo.Dsl.Runtime;

namespace GovInfo.Dsl.Tests;

/// <summary>The literal a pattern's every match contains (<see cref="RequiredLiteral"/>), searched for before the regex runs: never one a match can lack.</summary>
public class RequiredLiteralTests
{
    [Theory]
    [InlineData(@"(?<total>[0-9０-９]+)\s*[件条个][^。；]*?办结\s*(?<done>[0-9０-９]+)\s*[件条个][^。；]*?办结率\s*(?<rate>[0-9]+)\s*[%％]", "办结率")]
    [InlineData("《", "《")]
    [InlineData("测试词|(a+)+$", null)]
    [InlineData(@"收费\u91d1额", "收费")]
    [InlineData("信息公开?办", "信息公")]
    [InlineData("ab{12}cd", "cd")]
    [InlineData(@"(?i)信息公开", null)]
    [InlineData(@"[a-z-[aeiou]]信息", null)]
    [InlineData(@"\p{IsCJKUnifiedIdeographs}ab", "ab")]
    [InlineData(@"(?:甲|乙)公开", "公开")]
    [InlineData(@"\k<w>信息\12公开", "信息")]
    [InlineData("a", null)]
    public void Reads_the_longest_literal_every_match_contains(string pattern, string? expected)
        => Assert.Equal(expected, RequiredLiteral.Of(pattern, RegexOptions.CultureInvariant));

    [Fact]
    public void With_ignore_case_only_characters_without_case_count_and_with_pattern_whitespace_none()
    {
        Assert.Equal("公开", RequiredLiteral.Of("AB公开", RegexOptions.IgnoreCase));
        Assert.Null(RequiredLiteral.Of("公开", RegexOptions.IgnorePatternWhitespace));
    }

    [Fact]
    public void A_text_with_a_match_always_contains_the_literal_on_generated_patterns_and_texts()
    {
        string[] pieces = ["办结", "率", "[0-9]+", @"\s*", "(?:甲|乙)", "甲?", "乙{2}", @"\u529e", "(?<n>[件条])", "|", ".", @"\d",
            "甲*", "(办)", @"\p{IsCJKUnifiedIdeographs}", "[^办]", "^", "$", @"\1", "(?=结)", "(?<!甲)", "结+", "[办结]", @"\(", "{1,2}"];
        const string alphabet = "办结率甲乙件条1 (";
        var random = new Random(18);
        int withLiteral = 0, matched = 0;
        for (int n = 0; n < 8_000; n++)
        {
            string pattern = string.Concat(Enumerable.Range(0, random.Next(1, 7)).Select(_ => pieces[random.Next(pieces.Length)]));
            Regex regex;
            try { regex = new Regex(pattern, RegexOptions.CultureInvariant); }
            catch (ArgumentException) { continue; }
            if (RequiredLiteral.Of(pattern, RegexOptions.CultureInvariant) is not { } literal) continue;
            withLiteral++;
            for (int t = 0; t < 30; t++)
            {
                string text = new([.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
                if (!regex.IsMatch(text)) continue;
                matched++;
                Assert.True(text.Contains(literal, StringComparison.Ordinal), $"/{pattern}/ matches “{text}” without “{literal}”");
            }
        }
        Assert.True(withLiteral > 500 && matched > 500, $"{withLiteral} patterns with a literal, {matched} matches");
    }
}
