using System.Buffers;
using System.Text.RegularExpressions;
using GovInfo.Dsl.Syntax;

namespace GovInfo.Dsl.Rules;

/// <summary>
/// Texts at least one of which every node a rule can fail on contains, found at compile time (<see cref="Of"/>): a node
/// whose text holds none of them is passed over with one vectorised search instead of an evaluation of the rule.
/// </summary>
public sealed class TextTrigger
{
    // Every needle one character: one vectorised search for any of them. Else a vectorised search for their first
    // characters, each place found then compared with the needles: SearchValues<string> answers a non-ASCII text (all of
    // Chinese) with a dictionary lookup per character, which a profile put at 7 % of a bulk run.
    private readonly SearchValues<char> _characters;
    private readonly string[]? _texts;

    public TextTrigger(IReadOnlyList<string> needles, int steps = 1)
    {
        Steps = steps;
        Needles = [.. needles.Distinct().Order(StringComparer.Ordinal)];
        if (Needles.Count == 0 || Needles.Any(n => n.Length == 0)) throw new ArgumentException("每个触发文本都不能为空。", nameof(needles));
        _characters = SearchValues.Create(string.Concat(Needles.Select(n => n[0]).Distinct()));
        if (Needles.Any(n => n.Length > 1)) _texts = [.. Needles];
    }

    /// <summary>The evaluation steps a node passed over spends, as its evaluation would (the node's, each item of a literal <c>for</c> list).</summary>
    public int Steps { get; }

    /// <summary>The texts, in ordinal order.</summary>
    public IReadOnlyList<string> Needles { get; }

    /// <summary>Whether <paramref name="text"/> contains one of the needles (when not, the rule cannot fail on it).</summary>
    public bool Occurs(ReadOnlySpan<char> text)
    {
        if (_texts is null) return text.ContainsAny(_characters);
        for (int at; (at = text.IndexOfAny(_characters)) >= 0; text = text[(at + 1)..])
        {
            var rest = text[at..];
            foreach (string needle in _texts)
                if (rest.StartsWith(needle, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// The trigger of a rule, or null when it has none (it then runs on every node, as before). Sound for two shapes only:
    /// a <c>where</c> that is true only when a regex (or text) occurs in <c>text</c> (<c>text matches /…/</c>,
    /// <c>text.contains(…)</c>, their <c>and</c> by its left side, their <c>or</c>); and a <c>forbid: /…/</c> with no
    /// <c>where</c>, <c>for</c> or <c>let</c> (which would run before the regex), whose every finding is a match of it.
    /// A <c>require</c> fails when there is no match, so it has none; <c>unless</c> only excuses, so it is not read. An
    /// <c>assert</c> whose searches of text decide it gets one from <see cref="AssertTrigger"/>.
    /// </summary>
    public static TextTrigger? Of(RuleSyntax rule, Func<string, Expr?> parse, Func<string, ForClause?> parseFor)
    {
        if (AssertTrigger.Of(rule, parse, parseFor) is { } gate) return new TextTrigger(gate.Needles, gate.Steps);
        if (rule.Where is { } where) return parse(where.Text) is { } condition && Needed(condition) is { } needles ? new TextTrigger(needles) : null;
        if (rule.Descriptor.Kind != RuleKind.Forbid || rule.For is not null || rule.Lets.Count > 0 || rule.Condition is null) return null;
        return parse(rule.Condition.Text) is RegexLiteral forbidden && NeedlesOf(forbidden) is { } forbiddenNeedles ? new TextTrigger(forbiddenNeedles) : null;
    }

    /// <summary>Needles at least one of which <c>text</c> holds whenever <paramref name="condition"/> is true, or null.</summary>
    private static IReadOnlyList<string>? Needed(Expr condition) => condition switch
    {
        BinaryExpr { Operator.Text: "matches" or "contains", Left: NameExpr { Name: "text" }, Right: var right } => Searched(right),
        MemberExpr { Name: "matches" or "contains", Target: NameExpr { Name: "text" }, Arguments: [var right] } => Searched(right),
        // Both sides must be true; the left is evaluated first, so when it is absent the right is not evaluated at all.
        BinaryExpr { Operator.Text: "and", Left: var left } => Needed(left),
        BinaryExpr { Operator.Text: "or", Left: var left, Right: var right } =>
            Needed(left) is { } l && Needed(right) is { } r ? [.. l.Union(r)] : null,
        _ => null,
    };

    /// <summary>What <c>text matches</c> or <c>contains</c> the expression needs: a regex's needles, or the text itself.</summary>
    private static IReadOnlyList<string>? Searched(Expr searched) => searched switch
    {
        RegexLiteral regex => NeedlesOf(regex),
        StringLiteral { Value.Length: > 0 } literal => [literal.Value],
        _ => null,
    };

    /// <summary>The regex's needles with the options its flags give (as the expression binder builds it); none for an unknown flag.</summary>
    internal static IReadOnlyList<string>? NeedlesOf(RegexLiteral regex)
    {
        var options = RegexOptions.CultureInvariant;
        foreach (char flag in regex.Flags)
        {
            switch (flag)
            {
                case 'i': options |= RegexOptions.IgnoreCase; break;
                case 'm': options |= RegexOptions.Multiline; break;
                case 's': options |= RegexOptions.Singleline; break;
                default: return null;
            }
        }
        return RegexNeedles.Of(regex.Pattern, options);
    }
}
