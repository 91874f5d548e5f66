using GovInfo.Report.Text;

namespace GovInfo.Dsl.Rules;

/// <summary>A replacement for the text at <see cref="Span"/>.</summary>
public sealed record RuleFix(TextSpan Span, string Replacement);

/// <summary>One violation of a rule in one report: where (primary and related spans), what the message says, and an optional fix.</summary>
public sealed record RuleFinding(RuleDescriptor Rule, string Message, TextSpan Primary, IReadOnlyList<TextSpan> Related, RuleFix? Fix);
