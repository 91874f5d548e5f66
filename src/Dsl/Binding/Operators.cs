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

    /// <summary>
    /// <c>+ - * / %</c> on numbers; a division by zero is unknown. The operator is chosen once, here: each evaluation runs
    /// only its own arithmetic.
    /// </summary>
    public static Evaluator Arithmetic(string op, Evaluator left, Evaluator right) => op switch
    {
        "+" => Arithmetic(left, right, static (x, y) => x + y),
        "-" => Arithmetic(left, right, static (x, y) => x - y),
        "*" => Arithmetic(left, right, static (x, y) => x * y),
        "/" => Arithmetic(left, right, static (x, y) => y == 0 ? null : x / y),
        _ => Arithmetic(left, right, static (x, y) => y == 0 ? null : x % y),
    };

    private static Evaluator Arithmetic(Evaluator left, Evaluator right, Func<decimal, decimal, decimal?> compute) => c =>
    {
        var a = left(c);
        var b = right(c);
        var origins = c.Merge(a, b);
        if (a is not NumberValue x || b is not NumberValue y) return c.Null(origins);
        // While only testing, a result is located nowhere: a small whole one is a shared value, not a new one.
        return compute(x.Number, y.Number) is not { } r ? c.Null(origins) : c.TrackOrigins ? new NumberValue(r, origins) : NumberValue.Unlocated(r);
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

    /// <summary><c>x == 常量</c>: the constant is not evaluated again on each evaluation; the same result as <see cref="Equality(bool, Evaluator, Evaluator)"/>.</summary>
    public static Evaluator Equality(bool equal, Evaluator left, Value constant) => c =>
    {
        var a = left(c);
        if (a is NullValue || constant is NullValue) return c.Null(c.Merge(a, constant));
        return c.Bool(AreEqual(a, constant) == equal, c.Merge(a, constant));
    };

    public static bool AreEqual(Value a, Value b) => (a, b) switch
    {
        (NumberValue x, NumberValue y) => x.Number == y.Number,
        // Compared as spans: a stretch of the report is not cut out as a string to be compared.
        (TextValue x, TextValue y) => x.Span.SequenceEqual(y.Span),
        (BoolValue x, BoolValue y) => x.Value == y.Value,
        (NodeValue x, NodeValue y) => Equals(x.Node, y.Node),
        _ => ReferenceEquals(a, b),
    };

    /// <summary><c>&lt; &lt;= &gt; &gt;=</c> on numbers, the operator chosen once, here.</summary>
    public static Evaluator Ordering(string op, Evaluator left, Evaluator right) => Ordering(left, right, Comparison(op));

    /// <summary><c>x &lt; 常量</c> and the like: the constant is not evaluated again on each evaluation.</summary>
    public static Evaluator Ordering(string op, Evaluator left, NumberValue constant)
    {
        var compare = Comparison(op);
        decimal bound = constant.Number;
        return c =>
        {
            var a = left(c);
            if (a is not NumberValue x) return c.Null(c.Merge(a, constant));
            return c.Bool(compare(x.Number, bound), c.Merge(a, constant));
        };
    }

    private static Func<decimal, decimal, bool> Comparison(string op) => op switch
    {
        "<" => static (x, y) => x < y,
        "<=" => static (x, y) => x <= y,
        ">" => static (x, y) => x > y,
        _ => static (x, y) => x >= y,
    };

    private static Evaluator Ordering(Evaluator left, Evaluator right, Func<decimal, decimal, bool> compare) => c =>
    {
        var a = left(c);
        var b = right(c);
        if (a is not NumberValue x || b is not NumberValue y) return c.Null(c.Merge(a, b));
        return c.Bool(compare(x.Number, y.Number), c.Merge(a, b));
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
        bool found = false;
        foreach (var x in lv.AsSpan())
            if (AreEqual(x, i)) { found = true; break; }
        return c.Bool(found, i);
    };
}
