using GovInfo.Dsl.Runtime;
using GovInfo.Dsl.Types;

namespace GovInfo.Dsl.Binding;

/// <summary>A type-checked expression compiled to an evaluator.</summary>
public sealed record BoundExpression(DslType Type, Evaluator Evaluate)
{
    public static BoundExpression Error { get; } = new(DslType.Any, _ => Value.Null);
}
