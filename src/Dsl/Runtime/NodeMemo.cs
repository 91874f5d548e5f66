namespace GovInfo.Dsl.Runtime;

/// <summary>A value computed at most once per scope node, kept in a slot (see <c>NodeInvariance</c>).</summary>
public static class NodeMemo
{
    /// <summary>Marks a memo slot whose value is not computed yet; never seen by an expression.</summary>
    public static readonly Value Unset = new NullValue([]);

    public static Evaluator Wrap(int slot, Evaluator compute) => c =>
    {
        var value = c.Slots[slot].Value;
        return ReferenceEquals(value, Unset) ? c.Slots[slot].Value = compute(c) : value;
    };
}
