using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace GovInfo.Dsl.Runtime;

/// <summary>
/// A rule's regular expression: interpreted at first, and replaced by one compiled to IL (built on a
/// worker thread) once it has been used often, as tiered JIT does for methods. Linting one report never
/// pays for compiling every pattern; a bulk run soon matches at compiled speed. Both engines give the
/// same matches.
/// </summary>
public sealed class TieredRegex(Regex interpreted)
{
    private readonly Regex _interpreted = interpreted;
    /// <summary>Uses after which the compiled version is built: a few dozen reports' worth.</summary>
    public const int CompileAfter = 1_000;

    private Regex _current = interpreted;
    private int _uses;
    private int _compiling;

    /// <summary>The regex to run now; counting uses may start compiling.</summary>
    public Regex Current
    {
        get
        {
            // A lost increment under contention only delays compiling a little.
            if (_compiling == 0 && ++_uses >= CompileAfter) StartCompiling();
            return Volatile.Read(ref _current);
        }
    }

    /// <summary>The pattern as written (the same in both versions).</summary>
    public override string ToString() => _interpreted.ToString();

    private void StartCompiling()
    {
        // A linear (NonBacktracking) regex builds its automaton as it runs: compiling it gains nothing.
        if (!RuntimeFeature.IsDynamicCodeCompiled || RuleRegex.IsAutomaton(_interpreted) || Interlocked.Exchange(ref _compiling, 1) != 0) return;
        ThreadPool.QueueUserWorkItem(_ =>
        {
            var compiled = new Regex(_interpreted.ToString(), _interpreted.Options | RegexOptions.Compiled, _interpreted.MatchTimeout);
            Volatile.Write(ref _current, compiled);
        });
    }
}
