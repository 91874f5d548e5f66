using System.Runtime.CompilerServices;

namespace GovInfo.Dsl.Runtime;

/// <summary>
/// Values computed once per report and shared (values are immutable): lists of report parts that rules
/// ask for again and again, such as <c>table.rows</c> once per column.
/// </summary>
public sealed class ReportValues(ReportView view)
{
    private readonly Dictionary<(object Owner, object Key), Value> _values = new(ReferencePairComparer.Instance);

    /// <summary>A property of a report part, computed by <paramref name="compute"/> the first time it is asked for.</summary>
    public Value Member(NodeValue owner, object member, EvalContext context, Func<Value, EvalContext, Value> compute)
    {
        if (!_values.TryGetValue((owner.Node, member), out var value)) _values[(owner.Node, member)] = value = compute(owner, context);
        return value;
    }

    /// <summary>A value of the whole report (a global such as <c>sections</c>), computed the first time it is asked for.</summary>
    public Value Global(object key, EvalContext context, Func<EvalContext, Value> compute)
    {
        if (!_values.TryGetValue((view, key), out var value)) _values[(view, key)] = value = compute(context);
        return value;
    }

    /// <summary>Compares pairs by the identity of both parts: report parts are records whose value equality would hash their text.</summary>
    private sealed class ReferencePairComparer : IEqualityComparer<(object Owner, object Key)>
    {
        public static readonly ReferencePairComparer Instance = new();

        public bool Equals((object Owner, object Key) x, (object Owner, object Key) y) => ReferenceEquals(x.Owner, y.Owner) && ReferenceEquals(x.Key, y.Key);

        public int GetHashCode((object Owner, object Key) pair) => HashCode.Combine(RuntimeHelpers.GetHashCode(pair.Owner), RuntimeHelpers.GetHashCode(pair.Key));
    }
}
