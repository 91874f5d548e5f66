using GovInfo.Dsl.Rules;
using GovInfo.Report.Text;

namespace GovInfo.Linter.Diagnostics;

/// <summary>
/// One finding in one file, as every formatter sees it: rule, severity after configuration, message,
/// the span to underline and related spans (offsets; line and column are computed only at output), and an optional fix.
/// </summary>
public sealed record Diagnostic(RuleDescriptor Rule, Severity Severity, string Message, SourceText Source, TextSpan Span, IReadOnlyList<TextSpan> Related, RuleFix? Fix)
{
    public string Id => Rule.Id;
    public string Path => Source.Path;
    /// <summary>Where the span starts in the file as written (for a .docx, the line is the paragraph number).</summary>
    public LinePosition Start => Source.Locate(Span.Start);
    /// <summary>Where the span ends in the file as written, never before <see cref="Start"/>.</summary>
    public LinePosition End => Source.LocateSpan(Span).End;

    /// <summary>The line of the read text the span starts on; differs from <see cref="Start"/> for .docx and HTML files.</summary>
    public int SourceLine => Source.GetLinePosition(Span.Start).Line;
}

/// <summary>The descriptors of findings the engine itself makes.</summary>
public static class EngineRules
{
    public static readonly RuleDescriptor UnusedSuppression = new(
        "GI0001", "未使用的抑制注释", Severity.Info, "配置",
        "govlint-disable 注释没有抑制任何问题：它所针对的问题已不存在，可以删除这条注释。",
        null, ScopeKind.Document, RuleKind.Assert, "", 0);

    /// <summary>
    /// A rule that could not finish on a file (as Roslyn's AD0001): it spent its evaluation-step budget, or failed (a
    /// number out of range, a bug). The rule stops on that file, its findings so far are kept, the other rules still run.
    /// </summary>
    public static readonly RuleDescriptor RuleFailure = new(
        "GI0002", "规则未能完成", Severity.Warning, "配置",
        "某条规则在这份报告上没有运行完：超出计算步数上限，或运行出错（如数值超出范围）。该规则在这份报告上停止，已发现的问题保留，其他规则照常运行；这条规则的结果不完整。",
        null, ScopeKind.Document, RuleKind.Assert, "", 0);

    /// <summary>Every rule the engine itself reports, for rule lists and for configs that name them.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [UnusedSuppression, RuleFailure];
}
