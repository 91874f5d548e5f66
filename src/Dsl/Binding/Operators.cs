using GovInfo.Dsl.Functions;
using GovInfo.Dsl.Runtime;

namespace GovInfo.Dsl.Binding;

/// <summary>
/// The evaluators of the operators. Logic is three-valued: a comparison with a missing value is unknown
/// (null), and an unknown assertion reports nothing, so one bad cell does not cascade into many findings.
/// A false result carries the origins of the values that made it false, first value first.
/// </summary>
public static class Operators
{
    public static Evaluator Logical(bool isAnd, Evaluator left, Evaluator right) => c =>
    {
        var a = left(c);
        if (a is BoolValue { Value: var av } && av != isAnd) return a;
        var b = right(c);
        if (b is BoolValue { Value: var bv } && bv != isAnd) return b;
        if (a is BoolValue && b is BoolValue) return isAnd ? Both(c, a, b) : a;
        return c.Null(c.Merge(a, b));
    };

    /// <summary>Both operands true: a true value with the origins of both (one of them when it already has them all).</summary>
    private static Value Both(EvalContext c, Value a, Value b)
    {
        if (!c.TrackOrigins) return BoolValue.True;
        var origins = Value.Merge(a, b);
        return origins == a.Origins ? a : origins == b.Origins ? b : new BoolValue(true, origins);
    }

    public static Evaluator Arithmetic(string op, Evaluator left, Evaluator right) => c =>
    {
        var a = left(c);
        var b = right(c);
        var origins = c.Merge(a, b);
        if (a is not NumberValue x || b is not NumberValue y) return c.Null(origins);
        decimal? result = op switch
        {
            "+" => x.Number + y.Number,
            "-" => x.Number - y.Number,
            "*" => x.Number * y.Number,
            "/" => y.Number == 0 ? null : x.Number / y.Number,
            _ => y.Number == 0 ? null : x.Number % y.Number,
        };
        return result is { } r ? new NumberValue(r, origins) : c.Null(origins);
    };

    public static Evaluator ListConcat(Evaluator left, Evaluator right) => c =>
        left(c) is ListValue a && right(c) is ListValue b ? new ListValue([.. a.Items, .. b.Items]) : Value.Null;

    public static Evaluator Concat(Evaluator left, Evaluator right) => c =>
    {
        var a = left(c);
        var b = right(c);
        return a is NullValue || b is NullValue ? c.Null(c.Merge(a, b)) : new TextValue(a.Display() + b.Display(), null, c.Merge(a, b));
    };

    public static Evaluator Equality(bool equal, Evaluator left, Evaluator right) => c =>
    {
        var a = left(c);
        var b = right(c);
        if (a is NullValue || b is NullValue) return c.Null(c.Merge(a, b));
        return c.Bool(AreEqual(a, b) == equal, c.Merge(a, b));
    };

    public static bool AreEqual(Value a, Value b) => (a, b) switch
    {
        (NumberValue x, NumberValue y) => x.Number == y.Number,
        (TextValue x, TextValue y) => x.Text == y.Text,
        (BoolValue x, BoolValue y) => x.Value == y.Value,
        (NodeValue x, NodeValue y) => Equals(x.Node, y.Node),
        _ => ReferenceEquals(a, b),
    };

    public static Evaluator Ordering(string op, Evaluator left, Evaluator right) => c =>
    {
        var a = left(c);
        var b = right(c);
        if (a is not NumberValue x || b is not NumberValue y) return c.Null(c.Merge(a, b));
        bool result = op switch
        {
            "<" => x.Number < y.Number,
            "<=" => x.Number <= y.Number,
            ">" => x.Number > y.Number,
            _ => x.Number >= y.Number,
        };
        return c.Bool(result, c.Merge(a, b));
    };

    public static Evaluator Matches(Evaluator text, Evaluator regex) => c =>
    {
        var t = text(c);
        var r = regex(c);
        if (t is not TextValue || r is not RegexValue) return c.Null(t);
        return c.Bool(TextFunctions.IsMatch(t, r, c), t);
    };

    public static Evaluator TextContains(Evaluator text, Evaluator part) => c =>
    {
        var t = text(c);
        var p = part(c);
        if (t is not TextValue tv || p is not TextValue pv) return c.Null(t);
        return c.Bool(tv.Span.Contains(pv.Span, StringComparison.Ordinal), t);
    };

    public static Evaluator ListContains(Evaluator list, Evaluator item) => c =>
    {
        var l = list(c);
        var i = item(c);
        if (l is not ListValue lv || i is NullValue) return c.Null(i);
        return c.Bool(lv.Items.Any(x => AreEqual(x, i)), i);
    };
}
