using GovInfo.Dsl.Runtime;
using GovInfo.Dsl.Types;

namespace GovInfo.Dsl.Binding;

/// <summary>A type-checked expression compiled to an evaluator.</summary>
public sealed record BoundExpression(DslType Type, Evaluator Evaluate)
{
    /// <summary>The slot of the variable this expression only reads, if it is one (calls on it read the slot directly).</summary>
    public int? Slot { get; init; }

    /// <summary>The value of a literal, the same on every evaluation (an operator beside it reads it without calling its evaluator).</summary>
    public Value? Constant { get; init; }

    public static BoundExpression Error { get; } = new(DslType.Any, _ => Value.Null);
}
