using GovInfo.Dsl.Runtime;

namespace GovInfo.Dsl.Binding;

/// <summary>
/// Finds the calls with lambdas in a rule whose value depends only on the scope node (they read no loop
/// variable, let or match), such as <c>table.rows.filter(…)</c> in a <c>for</c> rule: each is computed once
/// per node and kept in a slot of its own (<see cref="NodeMemo"/>) instead of once per loop item.
/// </summary>
public sealed class NodeInvariance(SlotAllocator slots, IReadOnlySet<int> nodeSlots)
{
    private readonly List<int> _reads = [];
    private readonly List<int> _memoSlots = [];

    /// <summary>The slots of the memoized calls: unset at the start of each node and whenever origins are switched on or off.</summary>
    public IReadOnlyList<int> MemoSlots => _memoSlots;

    internal void Read(int slot) => _reads.Add(slot);

    internal (int Reads, int Slots) Mark() => (_reads.Count, slots.Count);

    /// <summary>The expression bound since <paramref name="mark"/>, memoized when it holds a lambda and reads only the node or its own lambda parameters.</summary>
    internal BoundExpression Memoize((int Reads, int Slots) mark, BoundExpression bound)
    {
        if (bound == BoundExpression.Error || slots.Count == mark.Slots) return bound;
        for (int i = mark.Reads; i < _reads.Count; i++)
            if (_reads[i] < mark.Slots && !nodeSlots.Contains(_reads[i])) return bound;
        int slot = slots.Next();
        _memoSlots.Add(slot);
        return bound with { Evaluate = NodeMemo.Wrap(slot, bound.Evaluate) };
    }
}
