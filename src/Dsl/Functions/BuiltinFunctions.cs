using GovInfo.Dsl.Errors;
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
                new SimpleFunction("abs", "abs(数)：绝对值", [DslType.Number], DslType.Number, (a, _) => new NumberValue(Math.Abs(((NumberValue)a[0]).Number), a[0])),
                new SimpleFunction("round", "round(数, 位数)：四舍五入到指定小数位", [DslType.Number, DslType.Number], DslType.Number,
                    (a, _) => Round((NumberValue)a[0], (int)((NumberValue)a[1]).Number)),
                new SimpleFunction("range", "range(a, b)：从 a 到 b（不含 b）的整数列表", [DslType.Number, DslType.Number], DslType.ListOf(DslType.Number),
                    (a, _) => new ListValue(Range(((NumberValue)a[0]).Number, ((NumberValue)a[1]).Number))),
                new SimpleFunction("chinese", "chinese(文本)：汉字或阿拉伯数字写的数（一、十二、3），带位置；不是数则为空", [DslType.Text], DslType.Number,
                    (a, _) => ChineseNumber((TextValue)a[0])),
                new IfFunction(),
                new JoinFunction(),
                new DoubledFunction(),
                new SimpleFunction("exists", "exists(x)：x 不为空（找到了、有数值）", [DslType.Any], DslType.Bool,
                    (a, c) => c.Bool(a[0] is not NullValue, a[0]), propagatesNull: false),
            ]);

    /// <summary>The number rounded; the number itself when rounding does not change it (a whole count, most of the time).</summary>
    private static NumberValue Round(NumberValue number, int digits)
    {
        decimal rounded = Math.Round(number.Number, digits, MidpointRounding.AwayFromZero);
        return rounded == number.Number ? number : new NumberValue(rounded, number);
    }

    private static List<Value> Range(decimal from, decimal to)
    {
        var items = new List<Value>();
        for (decimal i = decimal.Ceiling(from); i < to && items.Count < 100_000; i++) items.Add(new NumberValue(i, []));
        return items;
    }

    private static Value ChineseNumber(TextValue text)
    {
        string s = GovInfo.Report.Text.WidthFolding.Fold(text.Text.Trim());
        int value = s.Length > 0 && s.All(char.IsAsciiDigit) && s.Length < 9 ? int.Parse(s) : GovInfo.Report.Reading.NumberingParser.ParseChinese(s);
        return value >= 0 && s.Length > 0 ? new NumberValue(value, text.Origins) : new NullValue(text.Origins);
    }
}

/// <summary><c>if(条件, 是, 否)</c>: one of two values; unknown when the condition is unknown.</summary>
public sealed class IfFunction : DslFunction
{
    public override string Name => "if";
    public override string Summary => "if(条件, 值1, 值2)：条件为真取值1，为假取值2，条件未知则为空";

    public override DslType? Check(CallCheck call)
    {
        if (call.Count != 3 || call.ArgType(0) is not { } condition || !DslType.Bool.Accepts(condition))
        {
            call.Error(-1, DslErrorCodes.TypeError, "if 需要三个参数：条件、为真时的值、为假时的值。");
            return null;
        }
        var (a, b) = (call.ArgType(1), call.ArgType(2));
        if (a is null || b is null || (!a.Accepts(b) && !b.Accepts(a)))
        {
            call.Error(2, DslErrorCodes.TypeError, $"if 的两个值类型应相同，这里是{a}和{b}。");
            return null;
        }
        return a.Kind == TypeKind.Null ? b : a;
    }

    public override Value Invoke(CallArgs args) => args[0] switch
    {
        BoolValue { Value: true } => args[1],
        BoolValue => args[2],
        var unknown => args.Context.Null(unknown),
    };
}
