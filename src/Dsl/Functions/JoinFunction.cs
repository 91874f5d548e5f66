using GovInfo.Dsl.Errors;
using GovInfo.Dsl.Runtime;
using GovInfo.Dsl.Types;

namespace GovInfo.Dsl.Functions;

/// <summary>
/// <c>join(列表, 分隔符[, 最多几项[, 量词]])</c>: a list's items as one text; a long list is cut to its first items
/// and ends “等 N 项” (or the given measure word: 行, 列, 个), so a finding about many things stays one readable line.
/// </summary>
public sealed class JoinFunction : DslFunction
{
    public override string Name => "join";
    public override string Summary => "join(列表, 分隔符[, 最多几项[, 量词]])：连成一段文字；超过最多几项时只列前几项，后加“等 N 项”（或所给量词，如 行）";

    public override DslType? Check(CallCheck call)
    {
        if (call.Count is < 2 or > 4 || call.ArgType(0) is not { } list || !(list.IsList || list.Kind is TypeKind.Any or TypeKind.Null)
            || !DslType.Text.Accepts(call.ArgType(1) ?? DslType.Any)
            || (call.Count > 2 && !DslType.Number.Accepts(call.ArgType(2) ?? DslType.Any))
            || (call.Count > 3 && !DslType.Text.Accepts(call.ArgType(3) ?? DslType.Any)))
        {
            call.Error(-1, DslErrorCodes.TypeError, "join 需要一个列表和分隔符，可再加最多几项（数）与量词（文本）。");
            return null;
        }
        return DslType.Text;
    }

    public override Value Invoke(CallArgs args)
    {
        if (args[0] is not ListValue list || args[1] is not TextValue separator) return Value.Null;
        var items = list.Items;
        int limit = args.Count > 2 && args[2] is NumberValue n ? (int)Math.Max(1, n.Number) : int.MaxValue;
        string measure = args.Count > 3 && args[3] is TextValue m ? m.Text : "项";
        var shown = new List<string>(Math.Min(items.Count, limit));
        for (int i = 0; i < items.Count && i < limit; i++) shown.Add(items[i].Display());
        string text = string.Join(separator.Text, shown);
        if (items.Count > limit) text += $" 等 {items.Count} {measure}";
        return new TextValue(text, null, []);
    }
}
