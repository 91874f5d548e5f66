using GovInfo.Dsl.Errors;
using GovInfo.Dsl.Runtime;
using GovInfo.Dsl.Types;

namespace GovInfo.Dsl.Functions;

/// <summary>
/// <c>doubled(文本, /单字/, /字/, 最长)</c>: the words written twice in a row (的的, 审核审核), found in linear time
/// (<see cref="DoubledWords"/>) instead of with a backreference regex; each place examined is one evaluation step.
/// </summary>
public sealed class DoubledFunction : DslFunction
{
    public override string Name => "doubled";

    public override string Summary =>
        "doubled(文本, /单字/, /字/, 最长)：连写两遍的字词（带位置），如 /(词)\\1/ 的匹配：.text 是两遍，group(m, \"1\") 是那个词。" +
        "单字只算 /单字/ 中的字（的的），其后紧跟另一个叠字时不算（的的确确）；由 /字/ 中的字组成的 2 到“最长”个字的词都算（审核审核），先长后短；" +
        $"从左到右、互不重叠；/单字/ 与 /字/ 按单个字符判断，“最长”是 2 到 {DoubledWords.MaxWordLength} 的整数。线性时间，不用回溯正则";

    public override DslType? Check(CallCheck call)
    {
        if (call.Count != 4)
        {
            call.Error(-1, DslErrorCodes.TypeError, $"doubled 需要 4 个参数（文本, /单字/, /字/, 最长），这里给了 {call.Count} 个。");
            return null;
        }
        DslType[] expected = [DslType.Text, DslType.Regex, DslType.Regex, DslType.Number];
        for (int i = 0; i < expected.Length; i++)
            if (call.ArgType(i) is not { } actual || !expected[i].Accepts(actual))
                call.Error(i, DslErrorCodes.TypeError, $"doubled 的第 {i + 1} 个参数应为{expected[i]}，这里是{call.ArgType(i)?.ToString() ?? "函数"}。");
        if (!call.HasErrors && !(call.TryGetConstant(3, out var constant) && constant is decimal max
                && max == decimal.Truncate(max) && max >= 2 && max <= DoubledWords.MaxWordLength))
            call.Error(3, DslErrorCodes.TypeError, $"doubled 的“最长”应为 2 到 {DoubledWords.MaxWordLength} 的整数常量。");
        return call.HasErrors ? null : DslType.ListOf(DslType.Match);
    }

    public override Value Invoke(CallArgs args)
    {
        var context = args.Context;
        var (text, single, word, max) = (args[0], args[1], args[2], args[3]);
        if (text is not TextValue source) return context.Null(text);
        if (single is not RegexValue singleClass || word is not RegexValue wordClass || max is not NumberValue maxLength) return context.Null(text);
        var found = DoubledWords.Find(source.Span, singleClass.MatchesCharacter, wordClass.MatchesCharacter, (int)maxLength.Number, context);
        var values = new Value[found.Count];
        for (int i = 0; i < values.Length; i++) values[i] = Nodes.Match(new DoubledMatchNode(found[i].Start, found[i].WordLength, source));
        return new ListValue(values);
    }
}
