using System.Runtime.CompilerServices;
using GovInfo.Dsl.Functions;
using GovInfo.Dsl.Runtime;

namespace GovInfo.Dsl.Binding;

/// <summary>
/// Evaluators for the calls rules make most: a property of a report part (of a variable, read from its
/// slot without a delegate), and a simple function of up to three arguments, evaluated into a buffer on
/// the stack (no shared argument stack to reserve and release).
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

    public static Evaluator Simple(SimpleFunction function, Evaluator[] arguments)
    {
        switch (arguments.Length)
        {
            case 1:
            {
                var first = arguments[0];
                return ctx =>
                {
                    var value = first(ctx);
                    return function.Apply(new ReadOnlySpan<Value>(ref value), ctx);
                };
            }
            case 2 or 3:
                return ctx =>
                {
                    var buffer = new ThreeArguments();
                    for (int i = 0; i < arguments.Length; i++) buffer[i] = arguments[i](ctx);
                    return function.Apply(((ReadOnlySpan<Value>)buffer)[..arguments.Length], ctx);
                };
            default:
                return ctx =>
                {
                    int start = ctx.ReserveArguments(arguments.Length);
                    try
                    {
                        // A nested call may grow the stack: read it afresh after each argument.
                        for (int i = 0; i < arguments.Length; i++)
                        {
                            var value = arguments[i](ctx);
                            ctx.ArgumentStack[start + i].Value = value;
                        }
                        return function.Apply(ctx.Arguments(start, arguments.Length), ctx);
                    }
                    finally
                    {
                        ctx.ArgumentTop = start;
                    }
                };
        }
    }

    [InlineArray(3)]
    private struct ThreeArguments
    {
        private Value _first;
    }
}
