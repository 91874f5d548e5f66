using GovInfo.Dsl.Errors;
using GovInfo.Dsl.Runtime;
using GovInfo.Dsl.Types;

namespace GovInfo.Dsl.Functions;

/// <summary>A property of a report part (<c>section.heading</c>, <c>table.columns</c>), typed from its receiver.</summary>
public sealed class MemberFunction(string name, string summary, TypeKind receiver, Func<DslType, DslType> result, Func<Value, EvalContext, Value> body) : DslFunction
{
    public override string Name => name;
    public override string Summary => summary;
    public override bool IsProperty => true;
    public TypeKind Receiver => receiver;

    /// <summary>The property itself, for the binder's direct call path (no argument list to build).</summary>
    public Func<Value, EvalContext, Value> Body => body;

    public override DslType? Check(CallCheck call)
    {
        var type = call.Count == 1 ? call.ArgType(0) : null;
        if (type is null || (type.Kind != receiver && type.Kind is not (TypeKind.Any or TypeKind.Null)))
        {
            call.Error(-1, DslErrorCodes.TypeError, $"{name} 只能用于{new DslType(receiver)}，写作 x.{name}。");
            return null;
        }
        return result(type);
    }

    public override Value Invoke(CallArgs args)
    {
        var receiverValue = args[0];
        return receiverValue is NodeValue ? body(receiverValue, args.Context) : args.Context.Null(receiverValue);
    }
}
