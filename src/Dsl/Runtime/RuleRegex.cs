using System.Text.RegularExpressions;

namespace GovInfo.Dsl.Runtime;

/// <summary>
/// How a rule's regular expression is built so that its cost is bounded by the text, not by the clock: with
/// <see cref="RegexOptions.NonBacktracking"/> (linear in the text, no timeout needed) whenever the pattern allows it,
/// a pattern without repetition with the backtracking engine and no timeout (each attempt is bounded by the pattern),
/// and only a pattern that needs backtracking (backreferences, lookarounds, atomic groups) and repeats with the
/// backtracking engine and a generous timeout, <see cref="BacktrackingTimeout"/>, as a last resort.
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
        // Without repetition every attempt is bounded by the pattern, so backtracking is linear in the text too, and its
        // literal search (a vectorised IndexOf for 《 or 办结率) is faster than the automaton's.
        if (!Repeats(pattern)) return new Regex(pattern, options, Regex.InfiniteMatchTimeout);
        try
        {
            return new Regex(pattern, options | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            return backtracking;
        }
    }

    /// <summary>Whether the regex runs in linear time: built with <see cref="RegexOptions.NonBacktracking"/>, or a pattern without repetition (no timeout).</summary>
    public static bool IsLinear(Regex regex) => (regex.Options & RegexOptions.NonBacktracking) != 0 || regex.MatchTimeout == Regex.InfiniteMatchTimeout;

    /// <summary>Whether the regex runs on .NET's automaton (<see cref="RegexOptions.NonBacktracking"/>), which compiling to IL does not speed up.</summary>
    public static bool IsAutomaton(Regex regex) => (regex.Options & RegexOptions.NonBacktracking) != 0;

    /// <summary>
    /// Whether the pattern may repeat anything (<c>* + ? {n}</c>, lazy or not), read conservatively: an escaped character is
    /// skipped, <c>(?</c> opens a group, and anything else that looks like a quantifier (even inside <c>[…]</c>) counts.
    /// </summary>
    public static bool Repeats(string pattern)
    {
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' || (c == '(' && i + 1 < pattern.Length && pattern[i + 1] == '?')) i++;
            else if (c is '*' or '+' or '?' or '{') return true;
        }
        return false;
    }
}
