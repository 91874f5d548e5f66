using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace GovInfo.Dsl.Runtime;

/// <summary>
/// A rule's regular expression, built in tiers as it is used: at first use the engine its matches run on
/// (<see cref="RuleRegex.ForMatching"/>: the linear automaton for a repeating pattern, built only then, so linting one
/// report never pays for the automata of patterns it does not run); a backtracking one is replaced by one compiled to
/// IL (built on a worker thread) once it has been used often, as tiered JIT does for methods, so a bulk run soon
/// matches at compiled speed. The engines give the same matches.
/// </summary>
public sealed class TieredRegex(Regex created)
{
    private readonly Regex _created = created;
    /// <summary>Uses after which the compiled version is built: a few dozen reports' worth.</summary>
    public const int CompileAfter = 1_000;

    // Null until the first use chooses the engine.
    private Regex? _current;
    private int _uses;
    private int _compiling;

    /// <summary>The regex to run now; the first use builds it, counting uses may start compiling.</summary>
    public Regex Current
    {
        get
        {
            var current = Volatile.Read(ref _current) ?? Choose();
            // A lost increment under contention only delays compiling a little.
            if (_compiling == 0 && ++_uses >= CompileAfter) StartCompiling(current);
            return Volatile.Read(ref _current)!;
        }
    }

    /// <summary>The pattern as written (the same in every version).</summary>
    public override string ToString() => _created.ToString();

    // Threads that meet an unchosen regex at once get the same one (RuleRegex builds each automaton once).
    private Regex Choose()
    {
        var chosen = RuleRegex.ForMatching(_created);
        return Interlocked.CompareExchange(ref _current, chosen, null) ?? chosen;
    }

    private void StartCompiling(Regex current)
    {
        // A linear (NonBacktracking) regex builds its automaton as it runs: compiling it gains nothing.
        if (!RuntimeFeature.IsDynamicCodeCompiled || RuleRegex.IsAutomaton(current) || Interlocked.Exchange(ref _compiling, 1) != 0) return;
        ThreadPool.QueueUserWorkItem(_ =>
        {
            var compiled = new Regex(current.ToString(), current.Options | RegexOptions.Compiled, current.MatchTimeout);
            Volatile.Write(ref _current, compiled);
        });
    }
}
