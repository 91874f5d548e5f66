using System.Text.RegularExpressions;
using GovInfo.Dsl.Errors;
using GovInfo.Dsl.Functions;
using GovInfo.Dsl.Runtime;
using GovInfo.Dsl.Syntax;
using GovInfo.Dsl.Types;
using GovInfo.Report.Template;

namespace GovInfo.Dsl.Binding;

/// <summary>
/// Type-checks an expression against the template and the function registry and compiles it to an
/// <see cref="Evaluator"/>. Names, labels and regular expressions are resolved here, once; evaluation
/// only reads slots and calls delegates.
/// </summary>
public sealed class ExpressionBinder(ReportTemplate template, FunctionRegistry functions, SlotAllocator slots)
{
    public List<DslError> Errors { get; } = [];

    public ReportTemplate Template => template;

    /// <summary>When set, calls with lambdas that depend only on the scope node are computed once per node.</summary>
    public NodeInvariance? Invariance { get; init; }

    /// <summary>When set, records what the expressions bound read of the report (see <see cref="ReportUses"/>).</summary>
    public ReportUses? Uses { get; init; }

    public BoundExpression Bind(Expr expr, SymbolScope scope)
    {
        var bound = BindExpr(expr, scope);
        Uses?.Note(bound.Type);
        return bound;
    }

    private BoundExpression BindExpr(Expr expr, SymbolScope scope) => expr switch
    {
        NumberLiteral n => Constant(DslType.Number, new NumberValue(n.Value, [])),
        OutOfRangeNumber => Fail(expr, DslErrorCodes.BadValue, $"数字超出范围：规则中的数最大为 {decimal.MaxValue}（约 7.9×10²⁸）。"),
        StringLiteral s => Constant(DslType.Text, new TextValue(s.Value, null, [])),
        BoolLiteral b => Constant(DslType.Bool, new BoolValue(b.Value, [])),
        NullLiteral => Constant(DslType.Null, Value.Null),
        RegexLiteral r => BindRegex(r),
        NameExpr name => BindName(name, scope),
        UnaryExpr u => BindUnary(u, scope),
        BinaryExpr b => BindBinary(b, scope),
        CallExpr call => Memoize(Invariance?.Mark(), BindCall(call, call.Function, call.Arguments.Select(a => (Expr: a, Bound: (BoundExpression?)null)).ToList(), scope)),
        MemberExpr member => Memoize(Invariance?.Mark(), BindMember(member, scope)),
        IndexExpr index => new IndexBinder(this).Bind(index, scope),
        ListExpr list => BindList(list, scope),
        LambdaExpr lambda => Fail(lambda, DslErrorCodes.TypeError, "x => … 只能作为函数参数使用，如 all(列表, x => 条件)。"),
        _ => Fail(expr, DslErrorCodes.Syntax, "无法识别的表达式。"),
    };

    internal BoundExpression Fail(Expr at, string code, string message)
    {
        Errors.Add(new DslError(at.Start, Math.Max(1, at.Length), code, message));
        return BoundExpression.Error;
    }

    // The mark is taken before the call is bound (argument evaluation order: C# evaluates it first).
    private BoundExpression Memoize((int, int)? mark, BoundExpression bound)
        => mark is { } m && Invariance is { } invariance ? invariance.Memoize(m, bound) : bound;

    private static BoundExpression Constant(DslType type, Value value) => new(type, _ => value) { Constant = value };

    private BoundExpression BindRegex(RegexLiteral literal)
    {
        var options = RegexOptions.CultureInvariant;
        foreach (char flag in literal.Flags)
            options |= flag switch { 'i' => RegexOptions.IgnoreCase, 'm' => RegexOptions.Multiline, 's' => RegexOptions.Singleline, _ => RegexOptions.IgnorePatternWhitespace };
        try
        {
            var regex = new RegexValue(RuleRegex.Create(literal.Pattern, options));
            return Constant(DslType.Regex, regex);
        }
        catch (ArgumentException e)
        {
            return Fail(literal, DslErrorCodes.BadRegex, $"正则表达式有误：{e.Message}");
        }
    }

    private BoundExpression BindName(NameExpr name, SymbolScope scope)
    {
        if (scope.Find(name.Name) is { } variable)
        {
            variable.MarkUsed();
            int slot = variable.Slot;
            Invariance?.Read(slot);
            return new BoundExpression(variable.Type, c => c.Slots[slot].Value) { Slot = slot };
        }
        if (Globals.TryGet(template, name.Name) is { } global) return global;
        var known = scope.Names().Concat(Globals.Names(template)).Distinct();
        return Fail(name, DslErrorCodes.UnknownName, $"未知的名称 “{name.Name}”。{Suggest(name.Name, known)}");
    }

    private BoundExpression BindUnary(UnaryExpr unary, SymbolScope scope)
    {
        var operand = Bind(unary.Operand, scope);
        var evaluate = operand.Evaluate;
        if (unary.Operator == "-")
        {
            if (!DslType.Number.Accepts(operand.Type)) return Fail(unary, DslErrorCodes.TypeError, $"负号只能用于数字，这里是{operand.Type}。");
            return new BoundExpression(DslType.Number, c => evaluate(c) is NumberValue n ? new NumberValue(-n.Number, n) : Value.Null);
        }
        if (!DslType.Bool.Accepts(operand.Type)) return Fail(unary, DslErrorCodes.TypeError, $"not 只能用于真假值，这里是{operand.Type}。");
        return new BoundExpression(DslType.Bool, c => evaluate(c) is BoolValue b ? c.Bool(!b.Value, b) : Value.Null);
    }

    private BoundExpression BindBinary(BinaryExpr binary, SymbolScope scope)
    {
        var left = Bind(binary.Left, scope);
        var right = Bind(binary.Right, scope);
        if (left == BoundExpression.Error || right == BoundExpression.Error) return BoundExpression.Error;
        string op = binary.Operator.Text;
        var opSite = new NameExpr(op) { Start = binary.Operator.Start, Length = op.Length };
        BoundExpression Mismatch(string what) => Fail(opSite, DslErrorCodes.TypeError, $"“{op}” {what}，这里是{left.Type}和{right.Type}。");

        switch (op)
        {
            case "and":
            case "or":
                if (!DslType.Bool.Accepts(left.Type) || !DslType.Bool.Accepts(right.Type)) return Mismatch("两边应为真假值");
                return new BoundExpression(DslType.Bool, Operators.Logical(op == "and", left.Evaluate, right.Evaluate));
            case "+" when left.Type.IsList && right.Type.IsList:
                return new BoundExpression(left.Type.Element == right.Type.Element ? left.Type : DslType.ListOf(DslType.Any), Operators.ListConcat(left.Evaluate, right.Evaluate));
            case "+" when DslType.Text.Accepts(left.Type) && left.Type.Kind != TypeKind.Any && right.Type.Kind != TypeKind.List:
                return new BoundExpression(DslType.Text, Operators.Concat(left.Evaluate, right.Evaluate));
            case "+" or "-" or "*" or "/" or "%":
                if (!DslType.Number.Accepts(left.Type) || !DslType.Number.Accepts(right.Type)) return Mismatch("两边应为数字");
                return new BoundExpression(DslType.Number, Operators.Arithmetic(op, left.Evaluate, right.Evaluate));
            case "==" or "!=":
                if (!left.Type.Accepts(right.Type) && !right.Type.Accepts(left.Type)) return Mismatch("两边类型应相同");
                return new BoundExpression(DslType.Bool, right.Constant is { } same
                    ? Operators.Equality(op == "==", left.Evaluate, same)
                    : Operators.Equality(op == "==", left.Evaluate, right.Evaluate));
            case "<" or "<=" or ">" or ">=":
                if (!DslType.Number.Accepts(left.Type) || !DslType.Number.Accepts(right.Type)) return Mismatch("两边应为数字");
                return new BoundExpression(DslType.Bool, right.Constant is NumberValue bound
                    ? Operators.Ordering(op, left.Evaluate, bound)
                    : Operators.Ordering(op, left.Evaluate, right.Evaluate));
            case "matches":
                if (!DslType.Text.Accepts(left.Type) || !DslType.Regex.Accepts(right.Type)) return Mismatch("左边应为文本，右边应为正则表达式 /…/");
                return new BoundExpression(DslType.Bool, Operators.Matches(left.Evaluate, right.Evaluate));
            case "contains":
                return BindContains(left, right, Mismatch);
            case "in":
                return BindContains(right, left, Mismatch);
            default:
                return Fail(opSite, DslErrorCodes.Syntax, $"未知的运算符 “{op}”。");
        }
    }

    private static BoundExpression BindContains(BoundExpression container, BoundExpression item, Func<string, BoundExpression> mismatch)
    {
        if (container.Type.IsList)
        {
            if (container.Type.Element is { } e && !e.Accepts(item.Type) && !item.Type.Accepts(e)) return mismatch("列表元素与所找的值类型不同");
            return new BoundExpression(DslType.Bool, Operators.ListContains(container.Evaluate, item.Evaluate));
        }
        if (DslType.Text.Accepts(container.Type) && (DslType.Text.Accepts(item.Type) || item.Type.Kind == TypeKind.Regex))
            return new BoundExpression(DslType.Bool, item.Type.Kind == TypeKind.Regex
                ? Operators.Matches(container.Evaluate, item.Evaluate)
                : Operators.TextContains(container.Evaluate, item.Evaluate));
        return mismatch("用于文本（含文本或正则）或列表（含元素）");
    }

    private BoundExpression BindMember(MemberExpr member, SymbolScope scope)
    {
        var target = Bind(member.Target, scope);
        if (target == BoundExpression.Error) return target;
        var nameSite = new NameExpr(member.Name) { Start = member.NameStart, Length = member.Name.Length };
        if (member.Arguments is null)
        {
            var properties = functions.Lookup(member.Name).Where(f => f.IsProperty).ToList();
            var fitting = properties.Where(f => f is not MemberFunction m || m.Receiver == target.Type.Kind || target.Type.Kind == TypeKind.Any).ToList();
            if (fitting.Count == 0)
            {
                var available = functions.All.OfType<MemberFunction>().Where(m => m.Receiver == target.Type.Kind).Select(m => m.Name).Distinct();
                return Fail(nameSite, DslErrorCodes.UnknownName, $"{target.Type}没有属性 “{member.Name}”。可用：{string.Join("、", available)}。");
            }
        }
        var arguments = new List<(Expr Expr, BoundExpression? Bound)> { (member.Target, target) };
        arguments.AddRange((member.Arguments ?? []).Select(a => (a, (BoundExpression?)null)));
        return BindCall(member, member.Name, arguments, scope, nameSite);
    }

    private BoundExpression BindCall(Expr call, string name, List<(Expr Expr, BoundExpression? Bound)> arguments, SymbolScope scope, Expr? nameSite = null)
    {
        var candidates = functions.Lookup(name);
        nameSite ??= call is CallExpr c ? new NameExpr(name) { Start = c.Start, Length = c.NameLength } : call;
        if (candidates.Count == 0)
        {
            var known = functions.All.Select(f => f.Name).Distinct();
            return Fail(nameSite, DslErrorCodes.UnknownName, $"未知的函数 “{name}”。{Suggest(name, known)}");
        }
        var bound = arguments.Select(a => a.Expr is LambdaExpr ? null : a.Bound ?? Bind(a.Expr, scope)).ToArray();
        if (bound.Any(b => b == BoundExpression.Error)) return BoundExpression.Error;

        List<DslError>? firstErrors = null;
        foreach (var function in candidates)
        {
            var lambdas = new (int Slot, Evaluator Body)?[arguments.Count];
            var lambdaErrors = new List<DslError>();
            var check = new CallCheck(template, call, arguments.Select(a => a.Expr).ToList(), bound.Select(b => b?.Type).ToList(),
                (index, parameterType) =>
                {
                    var lambda = (LambdaExpr)arguments[index].Expr;
                    int slot = slots.Next();
                    var inner = new ExpressionBinder(template, functions, slots) { Invariance = Invariance, Uses = Uses };
                    var body = inner.Bind(lambda.Body, scope.With(lambda.Parameter, slot, parameterType));
                    lambdaErrors.AddRange(inner.Errors);
                    if (inner.Errors.Count > 0) return null;
                    lambdas[index] = (slot, body.Evaluate);
                    return body.Type;
                });
            var result = function.Check(check);
            if (result is not null && !check.HasErrors && lambdaErrors.Count == 0)
            {
                if (function.ReadsAssessment) Uses?.NoteAssessment();
                var evaluators = bound.Select(b => b?.Evaluate).ToArray();
                // Properties and simple functions are most of the calls rules make: no argument list object or array.
                if (function is MemberFunction member && evaluators.Length == 1)
                    return new BoundExpression(result, CallEvaluators.Property(bound[0]!, member.Body));
                // A collection function runs its lambda over the list directly (CollectionFunction.Compile).
                if (function is CollectionFunction collection && evaluators[0] is { } list)
                    return new BoundExpression(result, collection.Compile(list, lambdas.Length > 1 ? lambdas[1] : null));
                if (function is SimpleFunction simple && lambdas.All(l => l is null))
                    return new BoundExpression(result, CallEvaluators.Simple(simple, [.. evaluators.Select(e => e!)]));
                object? state = check.State;
                var f = function;
                return new BoundExpression(result, ctx => f.Invoke(new CallArgs(ctx, state, evaluators, lambdas)));
            }
            firstErrors ??= [.. lambdaErrors, .. check.Errors];
        }
        Errors.AddRange(firstErrors!.Count > 0 ? firstErrors : [new DslError(call.Start, Math.Max(1, call.Length), DslErrorCodes.TypeError, $"{name} 的参数类型不符。")]);
        return BoundExpression.Error;
    }

    private BoundExpression BindList(ListExpr list, SymbolScope scope)
    {
        var items = list.Items.Select(i => Bind(i, scope)).ToList();
        if (items.Any(i => i == BoundExpression.Error)) return BoundExpression.Error;
        var element = items.Select(i => i.Type).Distinct().Count() == 1 ? items[0].Type : DslType.Any;
        // A list of literals is one value, made now; otherwise its items are evaluated into an array, without LINQ.
        if (items.All(i => i.Constant is not null))
            return Constant(DslType.ListOf(element), new ListValue([.. items.Select(i => i.Constant!)]));
        var evaluators = items.Select(i => i.Evaluate).ToArray();
        return new BoundExpression(DslType.ListOf(element), c =>
        {
            var values = new Value[evaluators.Length];
            for (int i = 0; i < values.Length; i++) values[i] = evaluators[i](c);
            return new ListValue(values);
        });
    }

    internal static string Suggest(string name, IEnumerable<string> known)
    {
        var close = known.Where(k => Distance(k, name) <= Math.Max(1, name.Length / 3)).Take(3).ToList();
        return close.Count > 0 ? $"是否想写 {string.Join("、", close.Select(c => $"“{c}”"))}？" : "";
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }
}
