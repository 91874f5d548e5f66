using GovInfo.Dsl.Syntax;

namespace GovInfo.Dsl.Rules;

/// <summary>
/// The trigger of an <c>assert</c> rule whose searches of <c>text</c> decide whether it can fail (GI4003's 办结率, GI6004's
/// marks, GI6007's enumeration whose loop has no items without a match): the rule's lets and condition are evaluated abstractly with every such search finding nothing (<c>find</c>
/// empty, <c>findAll</c> no items, <c>matches</c> false), following the language's rules for empty values (a function
/// or comparison with an empty argument is empty; <c>and</c>, <c>or</c>, <c>not</c>, <c>if</c>, <c>exists</c>,
/// <c>count</c> as they evaluate). When the condition then cannot be false, and nothing evaluated before it could throw
/// (arithmetic or a number read from a non-empty value), call a lambda or take steps the skip would not take, the
/// searches' needles are the trigger. Anything not understood gives no trigger.
/// </summary>
internal static class AssertTrigger
{
    /// <summary>An abstract value: unknown, empty (null), a known truth value or number, an empty list, or one of some regexes.</summary>
    private abstract record Abstract;
    private sealed record Unknown : Abstract;
    private sealed record Empty : Abstract;
    private sealed record Truth(bool Value) : Abstract;
    private sealed record Number(decimal Value) : Abstract;
    private sealed record NoItems : Abstract;
    private sealed record Patterns(IReadOnlyList<RegexLiteral> Regexes) : Abstract;

    private static readonly Abstract Any = new Unknown(), Null = new Empty();

    /// <summary>The trigger, with the steps a skipped node spends (the node's and each item of a literal <c>for</c> list), or null.</summary>
    public static (IReadOnlyList<string> Needles, int Steps)? Of(RuleSyntax rule, Func<string, Expr?> parse, Func<string, ForClause?> parseFor)
    {
        if (rule.Descriptor.Kind != RuleKind.Assert || rule.Where is not null || rule.Condition is null) return null;
        var env = new Dictionary<string, Abstract>();
        int steps = 1;
        // The needles of every search of text; evaluation below assumes each finds nothing.
        var needles = new List<string>();
        var reader = new Reader(needles);
        if (rule.For is { } forSource)
        {
            if (parseFor(forSource.Text) is not { } clause) return null;
            // A loop over the items found (GI6007's range(1, count(findAll(text, …)))) has none: the body never runs.
            if (reader.Evaluate(clause.Collection, env) is (NoItems, true)) return needles.Count == 0 ? null : (needles, steps);
            if (clause.Collection is not ListExpr list || !list.Items.All(i => i is StringLiteral or NumberLiteral)) return null;
            needles.Clear();
            steps += list.Items.Count;
            env[clause.Variable] = Any;
        }
        var exprs = new List<(string? Name, Expr Expr)>();
        foreach (var let in rule.Lets)
        {
            if (parse(let.Expression.Text) is not { } expr) return null;
            exprs.Add((let.Name, expr));
        }
        if (parse(rule.Condition.Text) is not { } condition) return null;
        exprs.Add((null, condition));
        foreach (var (name, expr) in exprs)
        {
            var (value, safe) = reader.Evaluate(expr, env);
            if (!safe) return null;
            if (name is not null)
            {
                env[name] = value;
                continue;
            }
            // The assert fails only on a false value.
            if (value is Unknown or Truth { Value: false }) return null;
        }
        return needles.Count == 0 ? null : (needles, steps);
    }

    private sealed class Reader(List<string> needles)
    {
        /// <summary>The expression's abstract value, and whether evaluating it can neither throw nor take steps.</summary>
        public (Abstract Value, bool Safe) Evaluate(Expr expr, Dictionary<string, Abstract> env)
        {
            switch (expr)
            {
                case NumberLiteral n: return (new Number(n.Value), true);
                case BoolLiteral b: return (new Truth(b.Value), true);
                case NullLiteral: return (Null, true);
                case StringLiteral: return (Any, true);
                case RegexLiteral r: return (new Patterns([r]), true);
                case NameExpr name: return (env.TryGetValue(name.Name, out var v) ? v : Any, true);
                case UnaryExpr u:
                {
                    var (operand, safe) = Evaluate(u.Operand, env);
                    Abstract result = (u.Operator, operand) switch
                    {
                        (_, Empty) => Null,
                        ("not", Truth t) => new Truth(!t.Value),
                        ("-", Number x) => new Number(-x.Value),
                        _ => Any,
                    };
                    return (result, safe);
                }
                case BinaryExpr b: return Binary(b, env);
                case CallExpr call: return Call(call.Function, call.Arguments, env);
                case MemberExpr member: return Call(member.Name, [member.Target, .. member.Arguments ?? []], env);
                case IndexExpr index:
                {
                    var (target, safe) = Evaluate(index.Target, env);
                    // A table's cell by its labels; other indexes (a list's item) are not read.
                    return (target is Empty ? Null : Any, safe && index.Arguments.All(a => a is StringLiteral));
                }
                default: return (Any, false); // lambdas, lists
            }
        }

        private (Abstract, bool) Binary(BinaryExpr b, Dictionary<string, Abstract> env)
        {
            string op = b.Operator.Text;
            if (op is "matches" or "contains" && IsText(b.Left, env))
                return Search(b.Right, env) is { } found ? (found ? Any : new Truth(false), true) : (Any, Evaluate(b.Right, env).Safe);
            var (left, leftSafe) = Evaluate(b.Left, env);
            if (op is "and" or "or")
            {
                bool isAnd = op == "and";
                // The right side is not evaluated when the left decides.
                if (left is Truth t && t.Value != isAnd) return (left, leftSafe);
                var (right, rightSafe) = Evaluate(b.Right, env);
                Abstract result = (left, right) switch
                {
                    (_, Truth r) when r.Value != isAnd => right,
                    (Truth, Truth) => new Truth(isAnd),
                    (Truth or Empty, Truth or Empty) => Null,
                    _ => Any,
                };
                return (result, leftSafe && rightSafe);
            }
            var (value, safe) = Evaluate(b.Right, env);
            safe &= leftSafe;
            if (left is Empty || value is Empty)
                return (Null, safe && op is "==" or "!=" or "<" or "<=" or ">" or ">=" or "+" or "-" or "*" or "/" or "%");
            return op switch
            {
                "==" or "!=" or "<" or "<=" or ">" or ">=" => (left is Number x && value is Number y ? new Truth(Compare(op, x.Value, y.Value)) : Any, safe),
                // Arithmetic on values that are not empty may overflow or divide by zero.
                _ => (Any, false),
            };
        }

        private static bool Compare(string op, decimal x, decimal y) => op switch
        {
            "==" => x == y,
            "!=" => x != y,
            "<" => x < y,
            "<=" => x <= y,
            ">" => x > y,
            _ => x >= y,
        };

        private (Abstract, bool) Call(string function, IReadOnlyList<Expr> arguments, Dictionary<string, Abstract> env)
        {
            if (function is "find" or "findAll" or "matches" or "contains" && arguments is [var searched, var pattern] && IsText(searched, env))
            {
                if (Search(pattern, env) is not { } found) return (Any, Evaluate(pattern, env).Safe);
                if (found) return (Any, true);
                return (function switch { "find" => Null, "findAll" => new NoItems(), _ => new Truth(false) }, true);
            }
            var values = new List<Abstract>();
            bool safe = true;
            foreach (var argument in arguments)
            {
                var (value, argumentSafe) = Evaluate(argument, env);
                values.Add(value);
                safe &= argumentSafe;
            }
            switch (function, values)
            {
                case ("if", [var condition, var yes, var no]):
                    return (condition switch
                    {
                        Truth { Value: true } => yes,
                        Truth => no,
                        Empty => Null,
                        _ when yes is Patterns p && no is Patterns q => new Patterns([.. p.Regexes, .. q.Regexes]),
                        _ => yes == no ? yes : Any,
                    }, safe);
                case ("exists", [var x]): return (x switch { Empty => new Truth(false), Unknown => Any, _ => new Truth(true) }, safe);
                case ("count", [var x]): return (x switch { NoItems => new Number(0), Empty => Null, _ => Any }, safe);
                // range(a, b) from a up to b: no items when a is not below b.
                case ("range", [Number from, Number to]) when decimal.Ceiling(from.Value) >= to.Value: return (new NoItems(), safe);
                // Functions that are empty for an empty argument; reading their other values is safe only for these.
                case ("group" or "text" or "length", _): return (values.Any(v => v is Empty) ? Null : Any, safe);
                case ("number" or "abs" or "round" or "chinese", _) when values.Any(v => v is Empty): return (Null, safe);
                default: return (Any, false);
            }
        }

        /// <summary>
        /// Whether a search of text with this pattern may find something on a node without the needles (true: a pattern
        /// gives none), false when it finds nothing there (its needles are added); null when the pattern is not known here.
        /// </summary>
        private bool? Search(Expr pattern, Dictionary<string, Abstract> env)
        {
            var (value, safe) = Evaluate(pattern, env);
            if (!safe) return null;
            if (value is not Patterns patterns)
            {
                if (pattern is StringLiteral { Value.Length: > 0 } literal) { needles.Add(literal.Value); return false; }
                return null;
            }
            foreach (var regex in patterns.Regexes)
            {
                // A pattern without needles may find something on any node: its result stays unknown.
                if (TextTrigger.NeedlesOf(regex) is not { } found) return true;
                needles.AddRange(found);
            }
            return false;
        }

        private static bool IsText(Expr expr, Dictionary<string, Abstract> env) => expr is NameExpr { Name: "text" } && !env.ContainsKey("text");
    }
}
