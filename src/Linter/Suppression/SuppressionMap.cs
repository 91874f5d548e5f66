using GovInfo.Linter.Diagnostics;
using GovInfo.Report.Documents;
using GovInfo.Report.Text;

namespace GovInfo.Linter.Suppression;

/// <summary>
/// Inline suppressions written in the report itself, the directives its reader found:
/// <c>&lt;!-- govlint-disable GI6001 --&gt;</c> … <c>&lt;!-- govlint-enable --&gt;</c> and
/// <c>&lt;!-- govlint-disable-next-line GI6003 --&gt;</c>. Without ids they cover every rule.
/// </summary>
public sealed class SuppressionMap
{
    private sealed record Region(TextSpan Comment, HashSet<string> Ids, int FirstLine, int LastLine)
    {
        public bool Used { get; set; }
        public bool Covers(string id, int line) => line >= FirstLine && line <= LastLine && (Ids.Count == 0 || Ids.Contains(id));
    }

    private readonly List<Region> _regions = [];
    private readonly SourceText _source;

    public SuppressionMap(SourceText source, IReadOnlyList<Directive> directives)
    {
        _source = source;
        var open = new List<(TextSpan Comment, HashSet<string> Ids, int Line)>();
        foreach (var directive in directives)
        {
            if (directive.Kind == DirectiveKind.Expect) continue;
            var span = directive.Span;
            int line = source.GetLinePosition(span.Start).Line;
            var ids = directive.Ids.ToHashSet();
            switch (directive.Kind)
            {
                case DirectiveKind.DisableNextLine:
                    int target = NextContentLine(source, line);
                    _regions.Add(new Region(span, ids, target, target));
                    break;
                case DirectiveKind.Disable:
                    open.Add((span, ids, line));
                    break;
                default:
                    // enable closes the regions it names, or all of them.
                    foreach (var region in open.Where(o => ids.Count == 0 || o.Ids.Overlaps(ids)).ToList())
                    {
                        _regions.Add(new Region(region.Comment, region.Ids, region.Line, line));
                        open.Remove(region);
                    }
                    break;
            }
        }
        foreach (var region in open) _regions.Add(new Region(region.Comment, region.Ids, region.Line, int.MaxValue));
    }

    /// <summary>Whether a directive covers the diagnostic; marks the directive used.</summary>
    public bool Suppresses(Diagnostic diagnostic)
    {
        int line = diagnostic.SourceLine;
        bool suppressed = false;
        foreach (var region in _regions)
        {
            if (!region.Covers(diagnostic.Id, line)) continue;
            region.Used = true;
            suppressed = true;
        }
        return suppressed;
    }

    /// <summary>Info diagnostics for directives that suppressed nothing.</summary>
    public IEnumerable<Diagnostic> Unused() => _regions.Where(r => !r.Used).Select(r => new Diagnostic(
        EngineRules.UnusedSuppression, Dsl.Rules.Severity.Info,
        r.Ids.Count == 0 ? "这条 govlint 抑制注释没有抑制任何问题，可以删除。" : $"这条抑制注释（{string.Join("、", r.Ids.Order())}）没有抑制任何问题，可以删除。",
        _source, r.Comment, [], null));

    private static int NextContentLine(SourceText source, int line)
    {
        for (int next = line + 1; next <= source.LineCount; next++)
            if (!string.IsNullOrWhiteSpace(source.GetLine(next))) return next;
        return line + 1;
    }
}
