using System.Text.RegularExpressions;
using GovInfo.Dsl.Errors;
using GovInfo.Dsl.Runtime;

namespace GovInfo.Dsl.Tests;

/// <summary>What keeps a rule's cost bounded by its input (issue 17, part B): linear regexes where possible, numbers in range.</summary>
public class BoundedCostTests
{
    [Theory]
    [InlineData("(a+)+$", true)]
    [InlineData("测试词|(a+)+$", true)]
    [InlineData("(?<n>[0-9]+)\\s*[件条]", true)]
    [InlineData("(?<w>[的了]+)\\k<w>", false)]
    [InlineData("(?<=[\\u4e00-\\u9fff]+)[,;]", false)]
    // Without repetition every attempt is bounded by the pattern: backtracking, linear, no timeout.
    [InlineData("(?<w>[的了])\\k<w>", true)]
    [InlineData("(?<=[\\u4e00-\\u9fff])[,;]", true)]
    [InlineData("《", true)]
    // An optional part is an alternation with nothing: as bounded by the pattern as 甲|乙.
    [InlineData("^(?:Word|Wi-?Fi)$", true)]
    [InlineData("(?<=[\\u4e00-\\u9fff])[,;](?:\\r?\\n|$)", true)]
    public void F18_a_pattern_runs_linear_unless_it_needs_backtracking(string pattern, bool linear)
    {
        var regex = RuleRegex.ForMatching(RuleRegex.Create(pattern, RegexOptions.CultureInvariant));
        Assert.Equal(linear, RuleRegex.IsLinear(regex));
        // Only a backtracking pattern has a timeout, and it is the generous one.
        Assert.Equal(linear ? Regex.InfiniteMatchTimeout : RuleRegex.BacktrackingTimeout, regex.MatchTimeout);
        // The automaton only where repetition needs it.
        Assert.Equal(linear && RuleRegex.Repeats(pattern), RuleRegex.IsAutomaton(regex));
    }

    [Theory]
    [InlineData("《", false)]
    [InlineData("(?<w>[的了])\\k<w>|(?:甲|乙)\\*", false)]
    [InlineData("\\(?", false)]
    [InlineData("Wi-?Fi|(?:甲|乙)?丙??", false)]
    [InlineData("(?:a|b)\\d{2}", true)]
    [InlineData("a*?", true)]
    [InlineData("a+", true)]
    [InlineData("[?]", false)]
    [InlineData("[*]", true)]
    public void A_pattern_repeats_when_it_has_a_quantifier_outside_an_escape_or_group_opening(string pattern, bool repeats)
        => Assert.Equal(repeats, RuleRegex.Repeats(pattern));

    [Fact]
    public void F18_a_linear_catastrophic_pattern_finds_the_same_match_as_backtracking_would()
    {
        var regex = new TieredRegex(RuleRegex.Create("测试词|(a+)+$", RegexOptions.CultureInvariant)).Current;
        var match = regex.Match("这里有测试词。" + new string('a', 40_000) + "!");
        Assert.True(match.Success);
        Assert.Equal("测试词", match.Value);
        Assert.False(regex.Match(new string('a', 40_000) + "!").Success);
    }

    [Fact]
    public void F9_a_number_literal_out_of_range_is_a_rule_file_error_at_the_number()
    {
        var set = Rules.FromYaml("""
            rules:
              - id: GI9981
                title: 测试
                severity: warning
                category: 测试
                description: 测试规则
                examples: { invalid: [甲], valid: [乙] }
                scope: document
                assert: 1 < 79228162514264337593543950336
                message: 不会出现
            """);
        var error = Assert.Single(set.Errors);
        Assert.Equal(DslErrorCodes.BadValue, error.Code);
        Assert.Contains("数字超出范围", error.Message);
        Assert.Equal(17, error.Column);
        Assert.Empty(set.Rules);
    }
}
