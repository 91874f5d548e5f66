using GovInfo.Dsl.Rules;
using GovInfo.Report.Binding;

namespace GovInfo.Linter.Engine;

/// <summary>A rule that was not evaluated on a report (无法检查: neither passed nor failed), and why, in words for users.</summary>
public sealed record NotAssessed(RuleDescriptor Rule, string Reason)
{
    public string Id => Rule.Id;
}

/// <summary>
/// Decides, per report, which rules cannot be evaluated: those that read the cells of a table the binder judged not
/// assessable, or the sections of a report whose structure was not recognised — unless the rule reads that verdict
/// itself (<see cref="Dsl.Binding.ReportUses.HandlesAssessment"/>), as the rules that report it do.
/// </summary>
public sealed class AssessmentGate
{
    private readonly Dictionary<string, BoundTable> _unassessable;
    private readonly bool _structure;

    public AssessmentGate(Report.Binding.Report report)
    {
        _unassessable = report.Tables.Where(t => !t.IsAssessable).ToDictionary(t => t.Definition.Key, StringComparer.Ordinal);
        _structure = report.IsStructureRecognized;
    }

    /// <summary>Whether every rule can run on every node (the usual case, which costs nothing more).</summary>
    public bool IsOpen => _structure && _unassessable.Count == 0;

    /// <summary>Why the rule cannot run on this report at all, or null when it can (on some nodes, see <see cref="Skips"/>).</summary>
    public string? Blocks(CompiledRule rule, List<NotAssessed> notAssessed)
    {
        var uses = rule.Uses;
        if (IsOpen || uses.HandlesAssessment) return null;
        var reasons = new List<string>();
        if (!_structure && uses.ReadsSections) reasons.Add("报告结构无法识别");
        var tables = uses.CellTables.Where(_unassessable.ContainsKey).Select(k => _unassessable[k]).ToList();
        // A rule of a document, section, paragraph or sentence that reads cells of tables it does not name reads them all.
        if (uses.ReadsOwnTableCells && rule.Descriptor.Scope is not (ScopeKind.Table or ScopeKind.Row or ScopeKind.Cell))
            tables.AddRange(_unassessable.Values);
        reasons.AddRange(tables.Distinct().Select(Describe));
        if (reasons.Count == 0)
        {
            // Runs, but not on the tables that cannot be checked: those are recorded here, once.
            foreach (var t in OwnTables(rule)) notAssessed.Add(new NotAssessed(rule.Descriptor, Describe(t)));
            return null;
        }
        string reason = string.Join("；", reasons);
        notAssessed.Add(new NotAssessed(rule.Descriptor, reason));
        return reason;
    }

    /// <summary>Whether the rule must not be handed this node: it reads the cells of the node's table, which cannot be checked.</summary>
    public bool Skips(CompiledRule rule, string? table)
        => !IsOpen && table is not null && !rule.Uses.HandlesAssessment && rule.Uses.ReadsOwnTableCells && _unassessable.ContainsKey(table);

    private IEnumerable<BoundTable> OwnTables(CompiledRule rule)
        => rule.Uses.ReadsOwnTableCells && rule.Descriptor.Scope is ScopeKind.Table or ScopeKind.Row or ScopeKind.Cell
            ? _unassessable.Values.Where(t => rule.TableKey is null || rule.TableKey == t.Definition.Key)
            : [];

    private static string Describe(BoundTable table) => $"“{table.Definition.Title}”表：{table.Assessment.Problem}";
}
