using GovInfo.Report.Text;

namespace GovInfo.Report.Documents;

/// <summary>What a directive comment asks for.</summary>
public enum DirectiveKind
{
    /// <summary><c>govlint-disable [IDs]</c>: suppress from here until a matching enable.</summary>
    Disable,
    /// <summary><c>govlint-disable-next-line [IDs]</c>: suppress on the next line with text.</summary>
    DisableNextLine,
    /// <summary><c>govlint-enable [IDs]</c>: end the suppressions it names (all when none).</summary>
    Enable,
    /// <summary><c>expect: IDs</c>: a test report's expectation that the next line with text has these findings.</summary>
    Expect,
}

/// <summary>
/// A comment addressed to govlint rather than to the reader of the report (<c>&lt;!-- govlint-disable GI6001 --&gt;</c>,
/// <c>&lt;!-- expect: GI3001 --&gt;</c>), with the rule IDs it names (none means every rule).
/// </summary>
public sealed record Directive(TextSpan Span, DirectiveKind Kind, IReadOnlyList<string> Ids);
