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
        var failures = new List<RuleFinding>();
        foreach (var (scope, all) in _byScope)
        {
            var enabled = all.Where(r => severityOf(r.Descriptor) is not null).ToList();
            var rules = new List<CompiledRule>(enabled.Count);
            foreach (var rule in enabled)
                if (gate.Blocks(rule, notAssessed) is null) rules.Add(rule);
            if (rules.Count == 0) continue;
            var nodes = ScopeNodes.Enumerate(view, scope);
            var stepsLeft = new long[rules.Count];
            Array.Fill(stepsLeft, StepBudget);
            var stopped = new bool[rules.Count];
            var failed = new bool[rules.Count];
            for (int n = 0; n < nodes.Count; n++)
            {
                var node = nodes[n];
                string? table = TableOf(node);
                for (int i = 0; i < rules.Count; i++)
                {
                    if (stopped[i] || (rules[i].TableKey is not null && rules[i].TableKey != table) || gate.Skips(rules[i], table)) continue;
                    context.StepsLeft = stepsLeft[i];
                    try
                    {
                        // After a regex timeout (said by the rule's own finding) the rule stops on this report.
                        stopped[i] = !rules[i].Evaluate(context, node, findings);
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        stopped[i] = failed[i] = true;
                        failures.Add(Failure(rules[i], node, e));
                    }
                    stepsLeft[i] = context.StepsLeft;
                }
            }
            // A rule that stopped part way did not check the whole report: neither passed nor failed there.
            for (int i = 0; i < rules.Count; i++)
                if (stopped[i])
                    notAssessed.Add(new NotAssessed(rules[i].Descriptor, failed[i]
                        ? $"规则未能完成（见 {EngineRules.RuleFailure.Id}），结果不完整"
                        : "正则表达式超时，结果不完整"));
        }
        notAssessed.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var source = report.Document.Source;
        var failureSeverity = severityOf(EngineRules.RuleFailure);
        return findings
            // A file fixes cannot be written into (a PDF) is offered none.
            .Select(f => new Diagnostic(f.Rule, f.SeverityWhen(severityOf(f.Rule)!.Value), f.Message, source, f.Primary, f.Related, source.Map?.ReadOnlyReason is null ? f.Fix : null))
            .Concat(failureSeverity is { } severity
                ? failures.Select(f => new Diagnostic(f.Rule, severity, f.Message, source, f.Primary, f.Related, null))
                : [])
            .OrderBy(d => d.Span.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Span.Length)
            .ToList();
    }

    /// <summary>
    /// How many evaluation steps (nodes, <c>for</c> items, lambda calls) one rule may take on one file. The default pack
    /// takes at most a few thousand on a real report; a rule nested three deep over a thousand paragraphs takes 10⁹.
    /// </summary>
    public const long StepBudget = 2_000_000;

    /// <summary>The finding that says a rule stopped on this file (GI0002), at the node it was evaluating, naming the cap or the error.</summary>
    private static RuleFinding Failure(CompiledRule rule, ScopeNode node, Exception e)
    {
        var span = node.Node.Origins.IsEmpty ? new Report.Text.TextSpan(0, 0) : node.Node.Origins[0];
        return new RuleFinding(EngineRules.RuleFailure, FailureMessage(rule.Descriptor, e), span, [], null);
    }

    /// <summary>What GI0002 says of a rule that stopped on a file with <paramref name="e"/>: the cap it reached or the error.</summary>
    public static string FailureMessage(RuleDescriptor rule, Exception e)
    {
        string why = e switch
        {
            StepBudgetExceededException => $"超出计算步数上限（每条规则每份报告 {StepBudget:N0} 步）",
            OverflowException or DivideByZeroException => $"计算结果超出数值范围（{e.GetType().Name}）",
            ArgumentOutOfRangeException => $"函数的参数超出允许范围（{e.GetType().Name}）",
            _ => $"运行出错（{e.GetType().Name}：{e.Message}）",
        };
        return $"规则 {rule.Id} 未能完成：{why}，已在此报告上停止，其结果不完整；其他规则不受影响。";
    }

    private static string? TableOf(ScopeNode node) => node.Node.Node switch
    {
        BoundTable t => t.Definition.Key,
        RowNode r => r.Table.Definition.Key,
        CellNode c => c.Table.Definition.Key,
        _ => null,
    };
}
