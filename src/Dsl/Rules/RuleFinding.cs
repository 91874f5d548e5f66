using GovInfo.Report.Text;

namespace GovInfo.Dsl.Rules;

/// <summary>A replacement for the text at <see cref="Span"/>.</summary>
public sealed record RuleFix(TextSpan Span, string Replacement);

/// <summary>
/// One violation of a rule in one report: where (primary and related spans), what the message says, and an optional fix.
/// <see cref="MaxSeverity"/>, when set, caps the severity the rule is configured with (a regex timeout is at most a warning).
/// </summary>
public sealed record RuleFinding(RuleDescriptor Rule, string Message, TextSpan Primary, IReadOnlyList<TextSpan> Related, RuleFix? Fix, Severity? MaxSeverity = null)
{
    /// <summary>The finding's severity when its rule is configured with <paramref name="configured"/>.</summary>
    public Severity SeverityWhen(Severity configured) => MaxSeverity is { } max && max < configured ? max : configured;
}
