using System.Text.RegularExpressions;
using GovInfo.Dsl.Rules;

namespace GovInfo.Dsl.Tests;

/// <summary>The texts one of which every match of a pattern contains (<see cref="RegexNeedles"/>): never a set a match can lack.</summary>
public class RegexNeedlesTests
{
    [Theory]
    // GI6003's shape: the lookbehind's class is not required (not consumed), the marked class is.
    [InlineData(@"(?<=[\u4e00-\u9fff])(?<p>[,;:?!])(?:[ ](?=[\u4e00-\u9fff])|(?=[\u4e00-\u9fff]|\r?\n|$))", "! , : ; ?")]
    // GI6005's shape: each branch's group joins the run after it; the alternation is the union.
    [InlineData(@"(?<p>，)，+|(?<p>。)。+", "。。 ，，")]
    [InlineData(@"、(?=等)", "、")]
    [InlineData(@"(?<=[\u4e00-\u9fff，、])[ \t]*(?<word>[A-Za-z]*[a-z][A-Za-z]*)[ \t]*(?=[\u4e00-\u9fff])", "a b c d e f g h i j k l m n o p q r s t u v w x y z")]
    [InlineData(@"(?:收到|受理)[^。；，\d]{0,20}?申请(?:公开)?\s*(?<n>[0-9０-９]+)\s*[件条]", "申请")]
    [InlineData(@"甲|乙丙", "乙丙 甲")]
    [InlineData(@"甲{2,}乙", "甲甲")]
    [InlineData(@"(?:甲乙){2}丙", "甲乙甲乙丙")]
    [InlineData(@"甲{,2}乙", "甲{,2}乙")] // not a quantifier: the brace is a literal
    [InlineData(@"甲{1,}?乙|丙{0,3}丁{3}", "丁丁丁 甲")]
    [InlineData(@"\u3001\x41\t", "、A\t")]
    [InlineData(@"[\]a-]", "- ] a")]
    [InlineData(@"a\d+b", "a")] // one of the candidates, not both
    [InlineData(@"(?#注释)甲", "甲")]
    [InlineData(@"甲\b乙", "甲")] // a zero-width item ends the run
    [InlineData(@"(甲)\1", "甲")] // a backreference guarantees nothing itself; the group before it does
    public void Reads_the_needles_every_match_contains(string pattern, string expected)
        => Assert.Equal(expected, Needles(pattern, RegexOptions.CultureInvariant));

    [Theory]
    [InlineData(@"甲|")] // an empty branch matches anything
    [InlineData(@"甲?")]
    [InlineData(@"(?=甲)")] // a lookahead's text is not part of the match
    [InlineData(@"(?<=甲)\d")]
    [InlineData(@"[^甲]")]
    [InlineData(@"\d+|甲")]
    [InlineData(@"(?i)甲")]
    [InlineData(@"[a-z-[aeiou]]")]
    [InlineData(@"\p{IsCJKUnifiedIdeographs}")]
    [InlineData(@"[\u4e00-\u9fff]")] // too large a class to be worth searching for
    [InlineData(@"(?(甲)乙|丙)")]
    public void Gives_no_needles_where_a_match_may_lack_them(string pattern)
        => Assert.Null(RegexNeedles.Of(pattern, RegexOptions.CultureInvariant));

    [Fact]
    public void With_ignore_case_only_characters_without_case_count_and_with_pattern_whitespace_none()
    {
        Assert.Equal("公开", Needles("ab公开", RegexOptions.IgnoreCase));
        Assert.Null(RegexNeedles.Of("[ak]", RegexOptions.IgnoreCase)); // K, k and the Kelvin sign match
        Assert.Null(RegexNeedles.Of("公开", RegexOptions.IgnorePatternWhitespace));
    }

    [Fact]
    public void A_text_with_a_match_always_contains_a_needle_on_generated_patterns_and_texts()
    {
        string[] pieces = ["办结", "率", "[0-9]+", @"\s*", "(?:甲|乙)", "甲?", "乙{2}", "乙{1,3}", @"\u529e", "(?<n>[件条])", "|", ".", @"\d",
            "甲*", "(办)", "(?:结率)+", @"\p{IsCJKUnifiedIdeographs}", "[^办]", "^", "$", @"\1", "(?=结)", "(?<!甲)", "(?<=乙)", "结+",
            "[办结]", @"\(", "{1,2}", "[,;]", @"\b", "(?:甲|)", "(?<p>，)，+"];
        const string alphabet = "办结率甲乙件条1 (,;，";
        var random = new Random(6003);
        int withNeedles = 0, matched = 0;
        for (int n = 0; n < 8_000; n++)
        {
            string pattern = string.Concat(Enumerable.Range(0, random.Next(1, 7)).Select(_ => pieces[random.Next(pieces.Length)]));
            Regex regex;
            try { regex = new Regex(pattern, RegexOptions.CultureInvariant); }
            catch (ArgumentException) { continue; }
            if (RegexNeedles.Of(pattern, RegexOptions.CultureInvariant) is not { } needles) continue;
            withNeedles++;
            for (int t = 0; t < 30; t++)
            {
                string text = new([.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
                if (!regex.IsMatch(text)) continue;
                matched++;
                Assert.True(needles.Any(x => text.Contains(x, StringComparison.Ordinal)), $"/{pattern}/ matches “{text}” without any of “{string.Join(" ", needles)}”");
            }
        }
        Assert.True(withNeedles > 1_000 && matched > 1_000, $"{withNeedles} patterns with needles, {matched} matches");
    }

    private static string? Needles(string pattern, RegexOptions options)
        => RegexNeedles.Of(pattern, options) is { } needles ? string.Join(" ", needles.Order(StringComparer.Ordinal)) : null;
}
