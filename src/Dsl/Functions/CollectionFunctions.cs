using System.Collections.Immutable;
using GovInfo.Dsl.Errors;
using GovInfo.Dsl.Runtime;
using GovInfo.Dsl.Types;

namespace GovInfo.Dsl.Functions;

/// <summary>count, sum, all, any, first, filter, map, min, max: over a list, with an optional x => … lambda.</summary>
public sealed class CollectionFunction : DslFunction
{
    private enum Kind { Count, Sum, All, Any, First, Filter, Map, Min, Max }

    private readonly Kind _kind;
    private readonly bool _lambdaRequired;

    private CollectionFunction(Kind kind, string summary, bool lambdaRequired)
    {
        _kind = kind;
        Summary = summary;
        _lambdaRequired = lambdaRequired;
    }

    public override string Name => _kind.ToString().ToLowerInvariant();
    public override string Summary { get; }

    public static IEnumerable<DslFunction> All() =>
    [
        new CollectionFunction(Kind.Count, "count(列表[, x => 条件])：元素个数，或满足条件的个数", false),
        new CollectionFunction(Kind.Sum, "sum(列表[, x => 数值])：求和；有任一项为空则结果为空", false),
        new CollectionFunction(Kind.All, "all(列表, x => 条件)：全部满足", true),
        new CollectionFunction(Kind.Any, "any(列表, x => 条件)：至少一个满足", true),
        new CollectionFunction(Kind.First, "first(列表[, x => 条件])：第一个（满足条件的）元素，没有则为空", false),
        new CollectionFunction(Kind.Filter, "filter(列表, x => 条件)：满足条件的元素", true),
        new CollectionFunction(Kind.Map, "map(列表, x => 值)：逐项换算", true),
        new CollectionFunction(Kind.Min, "min(列表[, x => 数值])：最小值", false),
        new CollectionFunction(Kind.Max, "max(列表[, x => 数值])：最大值", false),
    ];

    public override DslType? Check(CallCheck call)
    {
        if (call.Count is < 1 or > 2 || (_lambdaRequired && call.Count != 2))
        {
            call.Error(-1, DslErrorCodes.TypeError, _lambdaRequired ? $"{Name} 需要一个列表和一个 x => … 函数。" : $"{Name} 需要一个列表，可再加一个 x => … 函数。");
            return null;
        }
        var list = call.ArgType(0);
        if (list is null || !(list.IsList || list.Kind is TypeKind.Any or TypeKind.Null))
        {
            call.Error(0, DslErrorCodes.TypeError, $"{Name} 的第一个参数应为列表，这里是{list?.ToString() ?? "函数"}。");
            return null;
        }
        var element = list.Element ?? DslType.Any;
        DslType? lambdaResult = null;
        if (call.Count == 2)
        {
            lambdaResult = call.BindLambda(1, element);
            if (lambdaResult is null) return null;
        }
        var expected = _kind switch
        {
            Kind.Count or Kind.All or Kind.Any or Kind.First or Kind.Filter => call.Count == 2 ? DslType.Bool : null,
            Kind.Sum or Kind.Min or Kind.Max => DslType.Number,
            _ => null,
        };
        var produced = lambdaResult ?? element;
        if (expected is not null && !expected.Accepts(produced))
        {
            call.Error(call.Count - 1, DslErrorCodes.TypeError, $"{Name} 需要{expected}，这里是{produced}。");
            return null;
        }
        return _kind switch
        {
            Kind.Count or Kind.Sum or Kind.Min or Kind.Max => DslType.Number,
            Kind.All or Kind.Any => DslType.Bool,
            Kind.First => element,
            Kind.Filter => list,
            _ => DslType.ListOf(lambdaResult!),
        };
    }

    public override Value Invoke(CallArgs args) => args[0] is ListValue list ? Run(args.Context, list, args.Lambda(1)) : Value.Null;

    /// <summary>
    /// The call compiled for its arguments (the binder's direct path): the list's evaluator and the lambda's slot and body,
    /// with no argument list built per call; the same result as <see cref="Invoke"/>.
    /// </summary>
    public Evaluator Compile(Evaluator list, (int Slot, Evaluator Body)? lambda) => c => list(c) is ListValue l ? Run(c, l, lambda) : Value.Null;

    private Value Run(EvalContext context, ListValue list, (int Slot, Evaluator Body)? lambda)
    {
        // Over a span: neither an enumerator boxed per call nor an interface call per item.
        var items = list.AsSpan();
        if (lambda is not { } function) return Plain(context, items);
        // The parameter's slot is set for each item and restored once, after the last: no other code runs in between that reads it.
        var slots = context.Slots;
        int slot = function.Slot;
        var body = function.Body;
        var saved = slots[slot].Value;
        try
        {
            switch (_kind)
            {
                case Kind.Count:
                {
                    int count = 0;
                    for (int i = 0; i < items.Length; i++)
                        if (Apply(context, slot, body, items[i]) is BoolValue { Value: true }) count++;
                    return NumberValue.Count(count);
                }
                case Kind.Sum:
                {
                    decimal total = 0;
                    var origins = context.TrackOrigins ? ImmutableArray.CreateBuilder<Report.Text.TextSpan>() : null;
                    for (int i = 0; i < items.Length; i++)
                    {
                        var v = Apply(context, slot, body, items[i]);
                        origins?.AddRange(v.Origins);
                        if (v is not NumberValue n) return context.Null(origins?.ToImmutable() ?? []);
                        total += n.Number;
                    }
                    return origins is null ? NumberValue.Unlocated(total) : new NumberValue(total, origins.ToImmutable());
                }
                case Kind.All:
                case Kind.Any:
                {
                    bool unknown = false;
                    for (int i = 0; i < items.Length; i++)
                    {
                        var v = Apply(context, slot, body, items[i]);
                        if (v is BoolValue b)
                        {
                            if (_kind == Kind.All && !b.Value) return v;
                            if (_kind == Kind.Any && b.Value) return v;
                        }
                        else unknown = true;
                    }
                    return unknown ? Value.Null : new BoolValue(_kind == Kind.All, []);
                }
                case Kind.First:
                    for (int i = 0; i < items.Length; i++)
                        if (Apply(context, slot, body, items[i]) is BoolValue { Value: true }) return items[i];
                    return Value.Null;
                case Kind.Filter:
                {
                    var kept = new List<Value>(items.Length);
                    for (int i = 0; i < items.Length; i++)
                        if (Apply(context, slot, body, items[i]) is BoolValue { Value: true }) kept.Add(items[i]);
                    return new ListValue(kept);
                }
                case Kind.Map:
                {
                    var mapped = new Value[items.Length];
                    for (int i = 0; i < mapped.Length; i++) mapped[i] = Apply(context, slot, body, items[i]);
                    return new ListValue(mapped);
                }
                default:
                {
                    NumberValue? best = null;
                    for (int i = 0; i < items.Length; i++)
                    {
                        if (Apply(context, slot, body, items[i]) is not NumberValue n) return Value.Null;
                        if (best is null || (_kind == Kind.Min ? n.Number < best.Number : n.Number >= best.Number)) best = n;
                    }
                    return (Value?)best ?? Value.Null;
                }
            }
        }
        finally
        {
            slots[slot].Value = saved;
        }
    }

    /// <summary>The function without a lambda: over the items themselves (all, any, filter and map always have one).</summary>
    private Value Plain(EvalContext context, ReadOnlySpan<Value> items)
    {
        switch (_kind)
        {
            case Kind.Count:
                return NumberValue.Count(items.Length);
            case Kind.Sum:
            {
                decimal total = 0;
                var origins = context.TrackOrigins ? ImmutableArray.CreateBuilder<Report.Text.TextSpan>() : null;
                for (int i = 0; i < items.Length; i++)
                {
                    var v = items[i];
                    origins?.AddRange(v.Origins);
                    if (v is not NumberValue n) return context.Null(origins?.ToImmutable() ?? []);
                    total += n.Number;
                }
                return origins is null ? NumberValue.Unlocated(total) : new NumberValue(total, origins.ToImmutable());
            }
            case Kind.First:
                return items.Length > 0 ? items[0] : Value.Null;
            case Kind.Min:
            case Kind.Max:
            {
                NumberValue? best = null;
                for (int i = 0; i < items.Length; i++)
                {
                    if (items[i] is not NumberValue n) return Value.Null;
                    // The first of equal numbers is the minimum, the last the maximum (a stable sort's ends).
                    if (best is null || (_kind == Kind.Min ? n.Number < best.Number : n.Number >= best.Number)) best = n;
                }
                return (Value?)best ?? Value.Null;
            }
            default:
                return Value.Null;
        }
    }

    /// <summary>One call of the lambda on <paramref name="item"/>: one evaluation step (GI0002 budget), the parameter set, the body run.</summary>
    private static Value Apply(EvalContext context, int slot, Evaluator body, Value item)
    {
        context.Step();
        context.Slots[slot].Value = item;
        return body(context);
    }
}
