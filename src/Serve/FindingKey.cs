using GovInfo.Linter.Diagnostics;

namespace GovInfo.Serve;

/// <summary>How the page names a finding it wants fixed: rule and span, which a second lint of the same bytes gives again.</summary>
public static class FindingKey
{
    public static string Of(Diagnostic d) => $"{d.Id}:{d.Span.Start}:{d.Span.End}";
}
