using GovInfo.Dsl.Rules;
using GovInfo.Dsl.Runtime;
using GovInfo.Linter.Diagnostics;
using GovInfo.Report.Binding;

namespace GovInfo.Linter.Engine;

/// <summary>
/// Runs compiled rules over a bound report in one walk: for each scope kind the nodes are enumerated
/// once and handed to every rule registered for that kind, as Roslyn hands syntax nodes to analyzers.
/// </summary>
public sealed class LintEngine
{
    private readonly IReadOnlyDictionary<ScopeKind, CompiledRule[]> _byScope;
    private readonly int _slotCount;

    public LintEngine(RuleSet rules)
    {
        Rules = rules;
        _byScope = rules.Rules.GroupBy(r => r.Descriptor.Scope).ToDictionary(g => g.Key, g => g.ToArray());
        _slotCount = rules.Rules.Select(r => r.SlotCount).DefaultIfEmpty(0).Max();
    }

    public RuleSet Rules { get; }

    /// <summary>Lints one report; <paramref name="severityOf"/> gives each rule's configured severity, or null to skip it.</summary>
    public List<Diagnostic> Lint(Report.Binding.Report report, Func<RuleDescriptor, Severity?> severityOf) => Lint(report, severityOf, out _);

    /// <summary>Lints one report, and lists the rules that could not be evaluated on it (see <see cref="AssessmentGate"/>).</summary>
    public List<Diagnostic> Lint(Report.Binding.Report report, Func<RuleDescriptor, Severity?> severityOf, out List<NotAssessed> notAssessed)
    {
        var view = new ReportView(report);
        var findings = new List<RuleFinding>();
        var gate = new AssessmentGate(report);
        notAssessed = [];
        // One context for all rules: a rule reads only slots it has just written, so rules can take turns.
        var context = new EvalContext(view, _slotCount);
        foreach (var (scope, all) in _byScope)
        {
            var enabled = all.Where(r => severityOf(r.Descriptor) is not null).ToList();
            var rules = new List<CompiledRule>(enabled.Count);
            foreach (var rule in enabled)
                if (gate.Blocks(rule, notAssessed) is null) rules.Add(rule);
            if (rules.Count == 0) continue;
            var nodes = ScopeNodes.Enumerate(view, scope);
            for (int n = 0; n < nodes.Count; n++)
            {
                var node = nodes[n];
                string? table = TableOf(node);
                for (int i = 0; i < rules.Count; i++)
                    if ((rules[i].TableKey is null || rules[i].TableKey == table) && !gate.Skips(rules[i], table))
                        rules[i].Evaluate(context, node, findings);
            }
        }
        notAssessed.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var source = report.Document.Source;
        return findings
            // A file fixes cannot be written into (a PDF) is offered none.
            .Select(f => new Diagnostic(f.Rule, f.SeverityWhen(severityOf(f.Rule)!.Value), f.Message, source, f.Primary, f.Related, source.Map?.ReadOnlyReason is null ? f.Fix : null))
            .OrderBy(d => d.Span.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Span.Length)
            .ToList();
    }

    private static string? TableOf(ScopeNode node) => node.Node.Node switch
    {
        BoundTable t => t.Definition.Key,
        RowNode r => r.Table.Definition.Key,
        CellNode c => c.Table.Definition.Key,
        _ => null,
    };
}
