using System.Text.RegularExpressions;

namespace GovInfo.Dsl.Runtime;

/// <summary>
/// How a rule's regular expression is built so that its cost is bounded by the text, not by the clock: with
/// <see cref="RegexOptions.NonBacktracking"/> (linear in the text, no timeout needed) whenever the pattern allows it,
/// and only a pattern that needs backtracking (backreferences, lookarounds, atomic groups) with the backtracking engine
/// and a generous timeout, <see cref="BacktrackingTimeout"/>, as a last resort.
/// </summary>
public static class RuleRegex
{
    /// <summary>
    /// How long one operation of a backtracking pattern may run. Generous, so that a pattern that is linear on a large
    /// paragraph does not time out on a loaded machine; only a pattern that backtracks catastrophically reaches it.
    /// </summary>
    public static readonly TimeSpan BacktrackingTimeout = TimeSpan.FromSeconds(1);

    /// <summary>The pattern built linear when it can be, else backtracking with the timeout; throws <see cref="ArgumentException"/> on a bad pattern.</summary>
    public static Regex Create(string pattern, RegexOptions options)
    {
        // A bad pattern is reported by the backtracking engine, whose messages say what is wrong with the pattern.
        var backtracking = new Regex(pattern, options, BacktrackingTimeout);
        try
        {
            return new Regex(pattern, options | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            return backtracking;
        }
    }

    /// <summary>Whether the regex runs in linear time (built with <see cref="RegexOptions.NonBacktracking"/>).</summary>
    public static bool IsLinear(Regex regex) => (regex.Options & RegexOptions.NonBacktracking) != 0;
}
