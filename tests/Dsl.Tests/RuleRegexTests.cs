using System.Text.RegularExpressions;
using GovInfo.Dsl.Runtime;
using GovInfo.Dsl.Syntax;
using GovInfo.Tests;
using Sprache;
using YamlDotNet.RepresentationModel;

namespace GovInfo.Dsl.Tests;

/// <summary>A rule's regex is checked when the rule is compiled and gets its automaton when it first runs (issue 18, cold start).</summary>
public class RuleRegexTests
{
    [Fact]
    public void A_repeating_pattern_gets_its_automaton_at_first_use_not_when_created()
    {
        var created = RuleRegex.Create("(?<n>[0-9]+)\\s*[件条]", RegexOptions.CultureInvariant);
        Assert.False(RuleRegex.IsAutomaton(created));
        Assert.Equal(RuleRegex.BacktrackingTimeout, created.MatchTimeout);
        var tiered = new TieredRegex(created);
        var first = tiered.Current;
        Assert.True(RuleRegex.IsAutomaton(first));
        Assert.Same(first, tiered.Current);
        Assert.Equal("12件", first.Match("收到12件").Value);
    }

    [Fact]
    public void A_catastrophic_pattern_runs_linear_from_its_first_use()
    {
        var tiered = new TieredRegex(RuleRegex.Create("(a+)+$", RegexOptions.CultureInvariant));
        var regex = tiered.Current;
        Assert.True(RuleRegex.IsLinear(regex));
        Assert.Equal(Regex.InfiniteMatchTimeout, regex.MatchTimeout);
        Assert.DoesNotMatch(regex, new string('a', 40_000) + "!");
    }

    [Theory]
    [InlineData("(?<w>[的了]+)\\k<w>")]
    [InlineData("(?<=[\\u4e00-\\u9fff]+)[,;]")]
    public void A_pattern_the_automaton_cannot_run_keeps_backtracking_with_the_timeout(string pattern)
    {
        var regex = new TieredRegex(RuleRegex.Create(pattern, RegexOptions.CultureInvariant)).Current;
        Assert.False(RuleRegex.IsAutomaton(regex));
        Assert.Equal(RuleRegex.BacktrackingTimeout, regex.MatchTimeout);
    }

    [Fact]
    public void A_pattern_without_repetition_runs_as_created()
    {
        var created = RuleRegex.Create("《", RegexOptions.CultureInvariant);
        Assert.Same(created, new TieredRegex(created).Current);
        Assert.Equal(Regex.InfiniteMatchTimeout, created.MatchTimeout);
    }

    [Fact]
    public void A_pattern_is_built_once_per_process_for_its_options()
    {
        var created = RuleRegex.Create("[0-9]+件", RegexOptions.CultureInvariant);
        Assert.Same(created, RuleRegex.Create("[0-9]+件", RegexOptions.CultureInvariant));
        Assert.NotSame(created, RuleRegex.Create("[0-9]+件", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase));
        Assert.Same(RuleRegex.ForMatching(created), RuleRegex.ForMatching(RuleRegex.Create("[0-9]+件", RegexOptions.CultureInvariant)));
    }

    [Fact]
    public void A_bad_pattern_is_refused_when_created()
        => Assert.ThrowsAny<ArgumentException>(() => RuleRegex.Create("(未闭合", RegexOptions.CultureInvariant));

    /// <summary>
    /// The created regex answers single characters (a pattern used as a character class) and runs the matches of a pattern
    /// without repetition; the automaton runs the others: over every pattern of the default pack the automaton can run, the
    /// two engines agree on every character of the fixtures and on every line.
    /// </summary>
    [Fact]
    public void Over_the_default_pack_the_created_regex_and_its_automaton_agree()
    {
        var patterns = DefaultPackPatterns();
        Assert.True(patterns.Count >= 20, $"only {patterns.Count} patterns found in the default pack");
        var lines = TestPaths.AllFixtures.SelectMany(File.ReadLines).Where(l => l.Length > 0).ToList();
        var characters = lines.SelectMany(l => l).Concat(Enumerable.Range(0, 128).Select(i => (char)i)).Distinct().ToList();
        int automata = 0, matched = 0;
        foreach (var (pattern, options) in patterns)
        {
            var created = RuleRegex.Create(pattern, options);
            if (RuleRegex.IsAutomaton(RuleRegex.ForMatching(created))) automata++;
            // Whichever engine ForMatching chooses, both give the same answers wherever the automaton can run the pattern.
            if (Automaton(pattern, options) is not { } linear) continue;
            foreach (char c in characters)
                Assert.True(created.IsMatch(c.ToString()) == linear.IsMatch(c.ToString()), $"/{pattern}/ on “{c}”");
            foreach (string line in lines)
            {
                var expected = created.Matches(line).Select(Describe).ToList();
                Assert.Equal(expected, linear.Matches(line).Select(Describe).ToList());
                matched += expected.Count;
            }
        }
        Assert.True(automata >= 8, $"only {automata} patterns run on the automaton");
        Assert.True(matched >= 100, $"only {matched} matches on the fixtures");

        string Describe(Match m) => string.Join(" ", m.Groups.Cast<Group>().Select(g => $"{g.Name}={g.Success}:{g.Index}+{g.Length}"));
    }

    private static Regex? Automaton(string pattern, RegexOptions options)
    {
        try
        {
            return new Regex(pattern, options | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Every regex literal in the default pack's rule files, with the options the binder gives its flags.</summary>
    private static List<(string Pattern, RegexOptions Options)> DefaultPackPatterns()
    {
        var found = new HashSet<(string, RegexOptions)>();
        foreach (string file in Directory.GetFiles(Rules.DefaultFolder, "*.yaml"))
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(File.ReadAllText(file)));
            foreach (var scalar in yaml.Documents[0].AllNodes.OfType<YamlScalarNode>())
            {
                if (scalar.Value is not { } text || !text.Contains('/')) continue;
                var expr = ExpressionParser.Parse(text, out _) ?? ExpressionParser.Parse(ExpressionGrammar.ForClause.End(), text, out _)?.Collection;
                foreach (var literal in Literals(expr)) found.Add((literal.Pattern, Options(literal.Flags)));
            }
        }
        return [.. found];
    }

    private static RegexOptions Options(string flags)
    {
        var options = RegexOptions.CultureInvariant;
        foreach (char flag in flags)
            options |= flag switch { 'i' => RegexOptions.IgnoreCase, 'm' => RegexOptions.Multiline, 's' => RegexOptions.Singleline, _ => RegexOptions.IgnorePatternWhitespace };
        return options;
    }

    private static IEnumerable<RegexLiteral> Literals(Expr? expr) => expr switch
    {
        RegexLiteral literal => [literal],
        UnaryExpr u => Literals(u.Operand),
        BinaryExpr b => Literals(b.Left).Concat(Literals(b.Right)),
        CallExpr c => c.Arguments.SelectMany(Literals),
        MemberExpr m => Literals(m.Target).Concat((m.Arguments ?? []).SelectMany(Literals)),
        IndexExpr i => Literals(i.Target).Concat(i.Arguments.SelectMany(Literals)),
        LambdaExpr l => Literals(l.Body),
        ListExpr l => l.Items.SelectMany(Literals),
        _ => [],
    };
}
