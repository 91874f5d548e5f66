using GovInfo.Dsl.Binding;
using GovInfo.Dsl.Errors;
using GovInfo.Dsl.Functions;
using GovInfo.Dsl.Runtime;
using GovInfo.Dsl.Syntax;
using GovInfo.Tests;

namespace GovInfo.Dsl.Tests;

/// <summary>Parses, binds and evaluates a lone expression against a report, for tests.</summary>
public static class Expressions
{
    public static (BoundExpression? Bound, List<DslError> Errors, int Slots) Compile(string text)
    {
        var expr = ExpressionParser.Parse(text, out var syntax);
        if (expr is null) return (null, [syntax!], 0);
        var slots = new SlotAllocator();
        var binder = new ExpressionBinder(Reports.Template, FunctionRegistry.Builtin, slots);
        var bound = binder.Bind(expr, SymbolScope.Empty);
        return (binder.Errors.Count == 0 ? bound : null, binder.Errors, slots.Count);
    }

    public static Value Eval(string text, Report.Binding.Report report)
    {
        var (bound, errors, slots) = Compile(text);
        Assert.True(bound is not null, string.Join("\n", errors));
        return bound!.Evaluate(new EvalContext(new ReportView(report), slots));
    }

    public static DslError Error(string text)
    {
        var (bound, errors, _) = Compile(text);
        Assert.Null(bound);
        return errors[0];
    }
}
