using System.Collections.Immutable;
using GovInfo.Report.Text;

namespace GovInfo.Dsl.Runtime;

/// <summary>A compiled expression: evaluated many times, parsed once.</summary>
public delegate Value Evaluator(EvalContext context);

/// <summary>What an evaluation sees: the report, and the slots of the rule's variables.</summary>
public sealed class EvalContext(ReportView view, int slotCount)
{
    public ReportView View { get; } = view;
    public Value[] Slots { get; } = Enumerable.Repeat<Value>(Value.Null, slotCount).ToArray();

    /// <summary>
    /// Where calls put their evaluated arguments, a stack shared by the calls of one evaluation (a call
    /// reserves its part above <see cref="ArgumentTop"/>), so no call makes an argument array.
    /// </summary>
    public Value[] ArgumentStack { get; private set; } = new Value[16];

    public int ArgumentTop { get; set; }

    /// <summary>Reserves <paramref name="count"/> argument places; returns where they start. Reset <see cref="ArgumentTop"/> to it after the call.</summary>
    public int ReserveArguments(int count)
    {
        int start = ArgumentTop;
        if (start + count > ArgumentStack.Length)
        {
            var larger = new Value[Math.Max(ArgumentStack.Length * 2, start + count)];
            ArgumentStack.CopyTo(larger, 0);
            ArgumentStack = larger;
        }
        ArgumentTop = start + count;
        return start;
    }

    /// <summary>Rule ids whose regular expressions timed out during this evaluation.</summary>
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
