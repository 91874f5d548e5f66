using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace GovInfo.Dsl.Runtime;

/// <summary>
/// How a rule's regular expression is built so that its cost is bounded by the text, not by the clock: its matches run
/// with <see cref="RegexOptions.NonBacktracking"/> (linear in the text, no timeout needed) whenever the pattern allows it,
/// a pattern without repetition (optional parts <c>x?</c> allowed) with the backtracking engine and no timeout (each attempt
/// is bounded by the pattern),
/// and only a pattern that needs backtracking (backreferences, lookarounds, atomic groups) and repeats with the
/// backtracking engine and a generous timeout, <see cref="BacktrackingTimeout"/>, as a last resort.
/// </summary>
/// <remarks>
/// Building the automaton is most of the cost of loading a rule pack (its minterms and tables), so it is built when the
/// pattern first runs (<see cref="ForMatching"/>, called by <see cref="TieredRegex"/>), not when the rule is compiled:
/// a run pays only for the patterns it uses. <see cref="Create"/> builds what checks the pattern and answers for single
/// characters: the backtracking engine, with the timeout whenever the pattern repeats. Built regexes are shared by
/// pattern and options within the process (a <see cref="Regex"/> is immutable and thread-safe).
/// </remarks>
public static class RuleRegex
{
    /// <summary>
    /// How long one operation of a backtracking pattern may run. Generous, so that a pattern that is linear on a large
    /// paragraph does not time out on a loaded machine; only a pattern that backtracks catastrophically reaches it.
    /// </summary>
    public static readonly TimeSpan BacktrackingTimeout = TimeSpan.FromSeconds(1);

    private static readonly ConcurrentDictionary<(string Pattern, RegexOptions Options), Regex> Created = new();
    // Lazy: workers that meet a pattern at once wait for one build of its automaton instead of each building it.
    private static readonly ConcurrentDictionary<(string Pattern, RegexOptions Options), Lazy<Regex>> Linear = new();

    /// <summary>
    /// The pattern checked and built with the backtracking engine — with <see cref="BacktrackingTimeout"/> when it repeats,
    /// without a timeout when it does not —; throws <see cref="ArgumentException"/> on a bad pattern. Matches run on
    /// <see cref="ForMatching"/> of it.
    /// </summary>
    public static Regex Create(string pattern, RegexOptions options)
        => Created.TryGetValue((pattern, options), out var known) ? known : Created.GetOrAdd((pattern, options), Build(pattern, options));

    // A bad pattern is reported by the backtracking engine, whose messages say what is wrong with the pattern.
    private static Regex Build(string pattern, RegexOptions options)
        => new(pattern, options, Repeats(pattern) ? BacktrackingTimeout : Regex.InfiniteMatchTimeout);

    /// <summary>
    /// The regex the matches of <paramref name="created"/> (from <see cref="Create"/>) run on: linear unless the pattern
    /// needs backtracking. Without repetition it is <paramref name="created"/> itself: every attempt is bounded by the
    /// pattern, so backtracking is linear in the text too, and its literal search (a vectorised IndexOf for 《 or 办结率) is
    /// faster than the automaton's. With repetition it is the automaton, built once per pattern and options.
    /// </summary>
    public static Regex ForMatching(Regex created)
    {
        if (created.MatchTimeout == Regex.InfiniteMatchTimeout || IsAutomaton(created)) return created;
        var key = (created.ToString(), created.Options);
        if (!Linear.TryGetValue(key, out var linear)) linear = Linear.GetOrAdd(key, new Lazy<Regex>(() => BuildLinear(created)));
        return linear.Value;
    }

    private static Regex BuildLinear(Regex created)
    {
        try
        {
            return new Regex(created.ToString(), created.Options | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            return created;
        }
    }

    /// <summary>Whether the regex runs in linear time: built with <see cref="RegexOptions.NonBacktracking"/>, or a pattern without repetition (no timeout).</summary>
    public static bool IsLinear(Regex regex) => (regex.Options & RegexOptions.NonBacktracking) != 0 || regex.MatchTimeout == Regex.InfiniteMatchTimeout;

    /// <summary>Whether the regex runs on .NET's automaton (<see cref="RegexOptions.NonBacktracking"/>), which compiling to IL does not speed up.</summary>
    public static bool IsAutomaton(Regex regex) => (regex.Options & RegexOptions.NonBacktracking) != 0;

    /// <summary>
    /// Whether the pattern may repeat anything (<c>* + {n}</c>, lazy or not), read conservatively: an escaped character is
    /// skipped, <c>(?</c> opens a group, and anything else that looks like a quantifier (even inside <c>[…]</c>) counts.
    /// <c>?</c> alone does not: <c>x?</c> is the alternation <c>(?:x|)</c>, bounded by the pattern as every alternation is.
    /// </summary>
    public static bool Repeats(string pattern)
    {
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' || (c == '(' && i + 1 < pattern.Length && pattern[i + 1] == '?')) i++;
            else if (c is '*' or '+' or '{') return true;
        }
        return false;
    }
}
