using System.Collections.Immutable;
using GovInfo.Report.Text;

namespace GovInfo.Dsl.Runtime;

/// <summary>A compiled expression: evaluated many times, parsed once.</summary>
public delegate Value Evaluator(EvalContext context);

/// <summary>
/// A place for one value. A struct, so that storing into an array of them needs no type check: a store
/// into a <c>Value[]</c> checks the value's type against the array's (array covariance) every time.
/// </summary>
public struct Slot
{
    public Value Value;
}

/// <summary>What an evaluation sees: the report, and the slots of the rule's variables.</summary>
public sealed class EvalContext
{
    public EvalContext(ReportView view, int slotCount)
    {
        View = view;
        Slots = new Slot[slotCount];
        for (int i = 0; i < Slots.Length; i++) Slots[i].Value = Value.Null;
    }

    public ReportView View { get; }
    public Slot[] Slots { get; }

    /// <summary>
    /// What rules already reported (rule, place, message), and the list of findings that set is for: kept by the rules
    /// (<c>CompiledRule</c>) across the nodes of an evaluation, so that a rule reports one place once in constant time.
    /// </summary>
    internal (object? List, HashSet<(object Rule, TextSpan Span, string Message)>? Set) Reported;

    /// <summary>
    /// How many evaluation steps the rule being evaluated may still take on this file (a node, a <c>for</c> item, a
    /// lambda call are one step each): a budget of work, not of time, so the result never depends on the machine's load.
    /// </summary>
    public long StepsLeft { get; set; } = long.MaxValue;

    /// <summary>Takes one step of the budget; throws <see cref="StepBudgetExceededException"/> when it is spent.</summary>
    public void Step()
    {
        if (--StepsLeft < 0) throw new StepBudgetExceededException();
    }

    /// <summary>The patterns of regular expressions that timed out on the node being evaluated (the rule reports them, then clears this).</summary>
    public List<string> RegexTimeouts { get; } = [];

    /// <summary>
    /// Whether computed values carry their origins. A rule first only decides whether a node fails, with
    /// this off (no origin lists to merge, shared true/false/null values); a failing node is evaluated
    /// again with it on, to locate and word the finding. Origins never change a value, only where it points.
    /// </summary>
    public bool TrackOrigins { get; set; } = true;

    /// <summary>The origins of both values (see <see cref="Value.Merge"/>), or none when origins are not tracked.</summary>
    public ImmutableArray<TextSpan> Merge(Value a, Value b) => TrackOrigins ? Value.Merge(a, b) : [];

    public BoolValue Bool(bool value, ImmutableArray<TextSpan> origins)
        => TrackOrigins ? new BoolValue(value, origins) : value ? BoolValue.True : BoolValue.False;

    /// <summary>True or false with the origins of <paramref name="originsOf"/>, which are not even made while only testing.</summary>
    public BoolValue Bool(bool value, Value originsOf)
        => TrackOrigins ? new BoolValue(value, originsOf.Origins) : value ? BoolValue.True : BoolValue.False;

    /// <summary>No value, with the origins of <paramref name="originsOf"/> when they are tracked.</summary>
    public NullValue Null(Value originsOf) => TrackOrigins ? Null(originsOf.Origins) : Value.Null;

    public NullValue Null(ImmutableArray<TextSpan> origins) => TrackOrigins && !origins.IsEmpty ? new NullValue(origins) : Value.Null;
}
