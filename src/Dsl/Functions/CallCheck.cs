using GovInfo.Dsl.Errors;
using GovInfo.Dsl.Runtime;
using GovInfo.Dsl.Syntax;
using GovInfo.Dsl.Types;
using GovInfo.Report.Template;

namespace GovInfo.Dsl.Functions;

/// <summary>What a function sees of a call while it is checked: argument types, constants, lambdas to bind.</summary>
public sealed class CallCheck
{
    private readonly IReadOnlyList<Expr> _arguments;
    private readonly IReadOnlyList<DslType?> _types;
    private readonly Func<int, DslType, DslType?> _bindLambda;
    private readonly Expr _call;

    internal CallCheck(ReportTemplate template, Expr call, IReadOnlyList<Expr> arguments, IReadOnlyList<DslType?> types, Func<int, DslType, DslType?> bindLambda)
    {
        Template = template;
        _call = call;
        _arguments = arguments;
        _types = types;
        _bindLambda = bindLambda;
    }

    /// <summary>The report template rules are checked against (labels, tables, sections).</summary>
    public ReportTemplate Template { get; }

    public List<DslError> Errors { get; } = [];
    public bool HasErrors => Errors.Count > 0;
    public int Count => _arguments.Count;

    /// <summary>Data the function resolved while checking (a template row, a compiled regex), handed back at every evaluation.</summary>
    public object? State { get; set; }

    /// <summary>The argument's type; null for a lambda, which the function binds itself.</summary>
    public DslType? ArgType(int index) => _types[index];

    public bool IsLambda(int index) => _arguments[index] is LambdaExpr;

    /// <summary>A literal string or number argument, known before any report is read.</summary>
    public bool TryGetConstant(int index, out object? constant)
    {
        constant = _arguments[index] switch
        {
            StringLiteral s => s.Value,
            NumberLiteral n => n.Value,
            _ => null,
        };
        return constant is not null;
    }

    public void Error(int index, string code, string message)
    {
        var at = index >= 0 && index < _arguments.Count ? _arguments[index] : _call;
        Errors.Add(new DslError(at.Start, Math.Max(1, at.Length), code, message));
    }

    /// <summary>Binds the lambda at <paramref name="index"/> with its parameter of type <paramref name="parameter"/>; returns the body's type.</summary>
    public DslType? BindLambda(int index, DslType parameter)
    {
        if (!IsLambda(index))
        {
            Error(index, DslErrorCodes.TypeError, "这里应为形如 x => … 的函数。");
            return null;
        }
        return _bindLambda(index, parameter);
    }
}

/// <summary>What a function sees of a call while it runs (a struct: one is made for every call).</summary>
public readonly struct CallArgs(EvalContext context, object? state, Evaluator?[] arguments, (int Slot, Evaluator Body)?[] lambdas)
{
    public EvalContext Context { get; } = context;
    public object? State { get; } = state;
    public int Count => arguments.Length;

    public Value this[int index] => arguments[index]!(Context);

    public Value[] All()
    {
        var values = new Value[arguments.Length];
        for (int i = 0; i < values.Length; i++) values[i] = arguments[i] is { } e ? e(Context) : Value.Null;
        return values;
    }

    public bool HasLambda(int index) => index < lambdas.Length && lambdas[index] is not null;

    /// <summary>The slot and body of the lambda at <paramref name="index"/>; null when that argument is not a lambda.</summary>
    public (int Slot, Evaluator Body)? Lambda(int index) => index < lambdas.Length ? lambdas[index] : null;

    /// <summary>Runs the lambda at <paramref name="index"/> with its parameter set to <paramref name="argument"/>.</summary>
    public Value Apply(int index, Value argument)
    {
        Context.Step();
        var (slot, body) = lambdas[index]!.Value;
        var saved = Context.Slots[slot].Value;
        Context.Slots[slot].Value = argument;
        try
        {
            return body(Context);
        }
        finally
        {
            Context.Slots[slot].Value = saved;
        }
    }
}
