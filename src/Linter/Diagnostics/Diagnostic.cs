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
}
