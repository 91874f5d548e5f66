using System.Text.RegularExpressions;
using GovInfo.Report.Documents;
using GovInfo.Report.Text;

namespace GovInfo.Report.Reading;

/// <summary>
/// The one recogniser of directive comments, in every format: <c>&lt;!-- govlint-disable[-next-line] IDs --&gt;</c>,
/// <c>&lt;!-- govlint-enable [IDs] --&gt;</c> and <c>&lt;!-- expect: IDs --&gt;</c> (IDs separated by blanks or commas).
/// </summary>
public static partial class DirectiveSyntax
{
    [GeneratedRegex(@"<!--\s*(?:govlint-(?<kind>disable-next-line|disable|enable)(?<ids>(?:[\s,]+[A-Z]{2,4}\d{4})*)|expect:\s*(?<expect>[A-Z]{2,4}\d{4}(?:[\s,]+[A-Z]{2,4}\d{4})*))\s*-->")]
    private static partial Regex Comment();

    private static readonly char[] IdSeparators = [' ', ',', '\t', '\r', '\n'];

    /// <summary>Every directive written in the text, in order.</summary>
    public static List<Directive> FindAll(string text)
    {
        var found = new List<Directive>();
        if (!text.Contains("<!--", StringComparison.Ordinal)) return found;
        foreach (Match m in Comment().Matches(text)) found.Add(Create(m, new TextSpan(m.Index, m.Length)));
        return found;
    }

    /// <summary>The directive a comment's content (between <c>&lt;!--</c> and <c>--&gt;</c>) states, located at <paramref name="span"/>; null when it is an ordinary comment.</summary>
    public static Directive? Parse(string commentContent, TextSpan span)
    {
        var m = Comment().Match($"<!--{commentContent}-->");
        return m.Success && m.Index == 0 && m.Length == commentContent.Length + 7 ? Create(m, span) : null;
    }

    /// <summary>Whether the text holds at least one test expectation (<c>&lt;!-- expect: … --&gt;</c>).</summary>
    public static bool HasExpectation(string text) => FindAll(text).Exists(d => d.Kind == DirectiveKind.Expect);

    private static Directive Create(Match m, TextSpan span)
    {
        var kind = m.Groups["expect"].Success ? DirectiveKind.Expect : m.Groups["kind"].Value switch
        {
            "disable-next-line" => DirectiveKind.DisableNextLine,
            "disable" => DirectiveKind.Disable,
            _ => DirectiveKind.Enable,
        };
        string ids = kind == DirectiveKind.Expect ? m.Groups["expect"].Value : m.Groups["ids"].Value;
        return new Directive(span, kind, ids.Split(IdSeparators, StringSplitOptions.RemoveEmptyEntries));
    }
}
