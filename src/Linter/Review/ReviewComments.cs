using GovInfo.Dsl.Rules;
using GovInfo.Linter.Diagnostics;
using GovInfo.Report.Text;

namespace GovInfo.Linter.Review;

/// <summary>The words of a reviewed copy's comments (批注): one per finding, and the counts that open the review.</summary>
public static class ReviewComments
{
    private const int MaxQuoted = 40;

    /// <summary>
    /// A finding's comment: severity, rule ID and title; the message; how to fix it (its automatic fix, said to be a
    /// tracked change when <paramref name="revised"/>; the rule's description); and the related locations, by position and text.
    /// </summary>
    public static string For(Diagnostic diagnostic, bool revised)
    {
        var lines = new List<string>
        {
            $"【{SeverityWord(diagnostic.Severity)}】{diagnostic.Id} {diagnostic.Rule.Title}",
            diagnostic.Message,
        };
        if (diagnostic.Fix is { } fix)
        {
            // A fix not written as a change (it overlaps another, or crosses a paragraph) is still said in words.
            string from = diagnostic.Source.Text.Substring(fix.Span.Start, fix.Span.Length);
            string how = fix.Replacement.Length == 0 ? $"删去“{from}”" : from.Length == 0 ? $"插入“{fix.Replacement}”" : $"将“{from}”改为“{fix.Replacement}”";
            lines.Add($"如何修改：{how}" + (revised ? "（已作为修订标出，接受该修订即可）。" : "。"));
        }
        if (OneLine(diagnostic.Rule.Description) is { Length: > 0 } description) lines.Add($"说明：{description}");
        if (diagnostic.Related.Count > 0)
            lines.Add("相关位置：" + string.Join("；", diagnostic.Related.Select(span => Describe(diagnostic.Source, span))));
        return string.Join("\n", lines);
    }

    /// <summary>The counts of a review: 错误 N 处、警告 N 处（提示 N 处）、其中 N 处可一键修改.</summary>
    public static string Summary(IReadOnlyList<Diagnostic> diagnostics, int revised)
    {
        if (diagnostics.Count == 0) return "govlint 检查结果：未发现问题。";
        int errors = diagnostics.Count(d => d.Severity == Severity.Error);
        int warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        int infos = diagnostics.Count(d => d.Severity == Severity.Info);
        string counts = $"错误 {errors} 处、警告 {warnings} 处" + (infos > 0 ? $"、提示 {infos} 处" : "");
        return $"govlint 检查结果：{counts}，其中 {revised} 处可一键修改（已作为修订标出，可逐条接受或拒绝）。\n每处问题另有一条批注说明；改完后可删除本批注。";
    }

    public static string SeverityWord(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    /// <summary>A related location: 第N段 (第N行, 第N页第N行) and its text, shortened.</summary>
    private static string Describe(SourceText source, TextSpan span)
    {
        var position = source.Locate(span.Start);
        string where = source.Map?.OnPage(position) is { } page ? $"第{page.Page}页第{page.Line}行"
            : $"第{position.Line}{(source.Map?.Scheme ?? PositionScheme.Lines).LineUnit()}";
        string text = OneLine(source.Text.Substring(span.Start, span.Length));
        if (text.Length > MaxQuoted) text = text[..MaxQuoted] + "…";
        return text.Length == 0 ? where : $"{where}“{text}”";
    }

    /// <summary>Lines joined as one (Chinese text needs no space where a line was wrapped), runs of blanks as one space.</summary>
    private static string OneLine(string text)
        => string.Join("", text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Replace('\t', ' ');
}
