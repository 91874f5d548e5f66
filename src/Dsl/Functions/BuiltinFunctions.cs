using GovInfo.Dsl.Runtime;
using GovInfo.Dsl.Types;

namespace GovInfo.Dsl.Functions;

/// <summary>The functions every rule file can use: collections, text, numbers and report navigation.</summary>
public sealed class BuiltinFunctions : IFunctionPack
{
    public IEnumerable<DslFunction> Functions =>
        CollectionFunction.All()
            .Concat(TextFunctions.All())
            .Concat(ReportFunctions.All())
            .Concat(
            [
                new SimpleFunction("abs", "abs(数)：绝对值", [DslType.Number], DslType.Number, (a, _) => new NumberValue(Math.Abs(((NumberValue)a[0]).Number), a[0].Origins)),
                new SimpleFunction("round", "round(数, 位数)：四舍五入到指定小数位", [DslType.Number, DslType.Number], DslType.Number,
                    (a, _) => new NumberValue(Math.Round(((NumberValue)a[0]).Number, (int)((NumberValue)a[1]).Number, MidpointRounding.AwayFromZero), a[0].Origins)),
                new SimpleFunction("exists", "exists(x)：x 不为空（找到了、有数值）", [DslType.Any], DslType.Bool,
                    (a, _) => new BoolValue(a[0] is not NullValue, a[0].Origins), propagatesNull: false),
            ]);
}
