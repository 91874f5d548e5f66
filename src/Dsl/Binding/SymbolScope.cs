using GovInfo.Dsl.Types;

namespace GovInfo.Dsl.Binding;

/// <summary>The variables visible to an expression: each has a slot in the evaluation context and a static type.</summary>
public sealed class SymbolScope
{
    private readonly SymbolScope? _parent;
    private readonly string? _name;

    private SymbolScope(SymbolScope? parent, string? name, int slot, DslType type)
    {
        _parent = parent;
        _name = name;
        Slot = slot;
        Type = type;
    }

    public static SymbolScope Empty { get; } = new(null, null, -1, DslType.Any);

    public int Slot { get; }
    public DslType Type { get; }

    /// <summary>Whether an expression has read this variable (a rule that never reads <c>text</c> need not make it).</summary>
    public bool IsUsed { get; private set; }

    internal void MarkUsed() => IsUsed = true;

    public SymbolScope With(string name, int slot, DslType type) => new(this, name, slot, type);

    public SymbolScope? Find(string name)
    {
        for (var s = this; s is not null; s = s._parent)
            if (s._name == name) return s;
        return null;
    }

    public IEnumerable<string> Names()
    {
        for (var s = this; s is not null; s = s._parent)
            if (s._name is not null) yield return s._name;
    }
}

/// <summary>Hands out evaluation slots for a rule's variables and lambda parameters.</summary>
public sealed class SlotAllocator
{
    public int Count { get; private set; }
    public int Next() => Count++;
}
