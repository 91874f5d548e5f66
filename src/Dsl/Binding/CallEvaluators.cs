using System.Runtime.CompilerServices;
using GovInfo.Dsl.Functions;
using GovInfo.Dsl.Runtime;

namespace GovInfo.Dsl.Binding;

/// <summary>
/// Evaluators for the calls rules make most: a property of a report part (of a variable, read from its
/// slot without a delegate), and a simple function, whose arguments are evaluated into a buffer on the stack.
/// </summary>
internal static class CallEvaluators
{
    public static Evaluator Property(BoundExpression receiver, Func<Value, EvalContext, Value> body)
    {
        if (receiver.Slot is { } slot)
            return ctx =>
            {
                var value = ctx.Slots[slot].Value;
                return value is NodeValue ? body(value, ctx) : ctx.Null(value);
            };
        var evaluate = receiver.Evaluate;
        return ctx =>
        {
            var value = evaluate(ctx);
            return value is NodeValue ? body(value, ctx) : ctx.Null(value);
        };
    }

    /// <summary>
    /// A simple function's call: its arguments are evaluated into a buffer on the stack (at most
    /// <see cref="SimpleFunction.MaxParameters"/>, checked when the function is made), so a call makes no array.
    /// </summary>
    public static Evaluator Simple(SimpleFunction function, Evaluator[] arguments) => ctx =>
    {
        var buffer = new Arguments();
        for (int i = 0; i < arguments.Length; i++) buffer[i] = arguments[i](ctx);
        return function.Apply(((ReadOnlySpan<Value>)buffer)[..arguments.Length], ctx);
    };

    [InlineArray(SimpleFunction.MaxParameters)]
    private struct Arguments
    {
        private Value _first;
    }
}
