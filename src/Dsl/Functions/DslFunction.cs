using GovInfo.Dsl.Errors;
using GovInfo.Dsl.Runtime;
using GovInfo.Dsl.Types;

namespace GovInfo.Dsl.Functions;

/// <summary>A function of the rule language. Functions come from a registry, so C# code can add them without touching the grammar.</summary>
public abstract class DslFunction
{
    public abstract string Name { get; }

    /// <summary>One line for the generated language reference, in Chinese.</summary>
    public abstract string Summary { get; }

    /// <summary>A property can be written <c>x.name</c> without parentheses.</summary>
    public virtual bool IsProperty => false;

    /// <summary>
    /// Whether the function reads the binder's verdict on what can be checked (<c>table.state</c>, <c>report.structureFound</c>).
    /// A rule that reads it handles a table or structure that cannot be checked itself, so the engine still runs it (see <see cref="Binding.ReportUses"/>).
    /// </summary>
    public bool ReadsAssessment { get; init; }

    /// <summary>Checks a call before any report is read; returns the result type, or null after reporting errors through <paramref name="call"/>.</summary>
    public abstract DslType? Check(CallCheck call);

    public abstract Value Invoke(CallArgs args);
}

/// <summary>The body of a <see cref="SimpleFunction"/>: evaluated arguments in, value out.</summary>
public delegate Value FunctionBody(ReadOnlySpan<Value> arguments, EvalContext context);

/// <summary>A function with fixed parameter types; by default any null argument makes the result null (unknown).</summary>
/// <remarks>
/// At most <see cref="MaxParameters"/> parameters: a call evaluates its arguments into a buffer of that size on the
/// stack. A function with more derives from <see cref="DslFunction"/> and reads its arguments from <see cref="CallArgs"/>.
/// </remarks>
public sealed class SimpleFunction(string name, string summary, DslType[] parameters, DslType result,
    FunctionBody body, bool isProperty = false, bool propagatesNull = true) : DslFunction
{
    /// <summary>The most parameters a simple function may have (the built-ins have at most two).</summary>
    public const int MaxParameters = 3;

    private readonly DslType[] _parameters = parameters.Length <= MaxParameters ? parameters
        : throw new ArgumentOutOfRangeException(nameof(parameters), $"{name}: a simple function has at most {MaxParameters} parameters.");

    public override string Name => name;
    public override string Summary => summary;
    public override bool IsProperty => isProperty;
    public IReadOnlyList<DslType> Parameters => _parameters;

    public override DslType? Check(CallCheck call)
    {
        if (call.Count != _parameters.Length)
        {
            call.Error(-1, DslErrorCodes.TypeError, $"{name} 需要 {_parameters.Length} 个参数，这里给了 {call.Count} 个。");
            return null;
        }
        for (int i = 0; i < _parameters.Length; i++)
        {
            var actual = call.ArgType(i);
            if (actual is null || !_parameters[i].Accepts(actual))
                call.Error(i, DslErrorCodes.TypeError, $"{name} 的第 {i + 1} 个参数应为{_parameters[i]}，这里是{(actual is null ? "函数" : actual.ToString())}。");
        }
        return call.HasErrors ? null : result;
    }

    public override Value Invoke(CallArgs args) => Apply(args.All(), args.Context);

    /// <summary>Runs the function on evaluated arguments (the binder's direct call path).</summary>
    public Value Apply(ReadOnlySpan<Value> values, EvalContext context)
    {
        if (propagatesNull)
            foreach (var v in values)
                if (v is NullValue) return context.Null(v);
        return body(values, context);
    }
}
