using GovInfo.Dsl.Errors;
using GovInfo.Dsl.Runtime;
using GovInfo.Dsl.Types;
using GovInfo.Report.Documents;

namespace GovInfo.Dsl.Functions;

/// <summary>
/// <c>a.before(b)</c>: whether a heading, paragraph or sentence starts before another in the report. Rules order
/// parts of a report by where they are, never by line numbers (which are the formatters' business); a false
/// result carries both values' origins, so a failing assertion points at both.
/// </summary>
public sealed class BeforeFunction : DslFunction
{
    public override string Name => "before";
    public override string Summary => "a.before(b)：小标题、段落或句子 a 是否在 b 之前（按在报告中的位置），如 s.heading.before(section.heading)";

    public override DslType? Check(CallCheck call)
    {
        if (call.Count != 2)
        {
            call.Error(-1, DslErrorCodes.TypeError, $"before 需要 2 个参数（写作 a.before(b)），这里给了 {call.Count} 个。");
            return null;
        }
        for (int i = 0; i < 2; i++)
            if (call.ArgType(i) is not { Kind: TypeKind.Heading or TypeKind.Paragraph or TypeKind.Sentence or TypeKind.Any or TypeKind.Null })
                call.Error(i, DslErrorCodes.TypeError, $"before 的第 {i + 1} 个参数应为小标题、段落或句子，这里是{call.ArgType(i)?.ToString() ?? "函数"}。");
        return call.HasErrors ? null : DslType.Bool;
    }

    public override Value Invoke(CallArgs args)
    {
        var (a, b, context) = (args[0], args[1], args.Context);
        if (Start(a) is not { } x || Start(b) is not { } y) return context.Null(context.Merge(a, b));
        return context.Bool(x < y, context.Merge(a, b));
    }

    /// <summary>Where a heading, paragraph (its block, marker included) or sentence starts; null for anything else.</summary>
    private static int? Start(Value value) => (value as NodeValue)?.Node switch
    {
        Heading h => h.Span.Start,
        ParagraphNode p => p.Block.Span.Start,
        SentenceNode s => s.Span.Start,
        _ => null,
    };
}
