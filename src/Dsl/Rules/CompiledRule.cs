using System.Text.RegularExpressions;
using GovInfo.Dsl.Functions;
using GovInfo.Dsl.Runtime;
using GovInfo.Report.Text;

namespace GovInfo.Dsl.Rules;

/// <summary>The parts of a compiled rule: every expression already bound to an evaluator and a slot.</summary>
public sealed record CompiledRuleParts(
    int SlotCount,
    int ScopeSlot,
    int TextSlot,
    Evaluator? Where,
    (int Slot, Evaluator Collection)? For,
    IReadOnlyList<(int Slot, Evaluator Value)> Lets,
    Evaluator Condition,
    int MatchSlot,
    Evaluator? Unless,
    MessageTemplate Message,
    Evaluator? At,
    MessageTemplate? Fix);

/// <summary>A rule compiled once and evaluated on many reports: it walks its scope and yields findings.</summary>
public sealed class CompiledRule(RuleDescriptor descriptor, string? tableKey, RuleExamples examples, CompiledRuleParts parts)
{
    public RuleDescriptor Descriptor { get; } = descriptor;
    public string? TableKey { get; } = tableKey;
    public RuleExamples Examples { get; } = examples;

    /// <summary>Evaluates the rule on every node of its scope in the report.</summary>
    public List<RuleFinding> Evaluate(ReportView view)
    {
        var context = NewContext(view);
        var findings = new List<RuleFinding>();
        foreach (var node in ScopeNodes.Enumerate(view, Descriptor.Scope, TableKey))
            Evaluate(context, node, findings);
        return findings;
    }

    public EvalContext NewContext(ReportView view) => new(view, parts.SlotCount);

    /// <summary>Evaluates the rule on one node of its scope (the engine's entry point).</summary>
    public void Evaluate(EvalContext context, ScopeNode node, List<RuleFinding> findings)
    {
        var slots = context.Slots;
        slots[parts.ScopeSlot] = node.Node;
        slots[parts.TextSlot] = node.Text;
        if (parts.Where is { } where && where(context) is not BoolValue { Value: true }) return;

        if (parts.For is { } loop)
        {
            if (loop.Collection(context) is not ListValue list) return;
            foreach (var item in list.Items)
            {
                slots[loop.Slot] = item;
                EvaluateBody(context, node, findings);
            }
        }
        else EvaluateBody(context, node, findings);
    }

    private void EvaluateBody(EvalContext context, ScopeNode node, List<RuleFinding> findings)
    {
        foreach (var (slot, value) in parts.Lets) context.Slots[slot] = value(context);
        switch (Descriptor.Kind)
        {
            case RuleKind.Assert:
                if (parts.Condition(context) is BoolValue { Value: false } failed)
                    Add(context, node, failed.Origins, findings);
                break;
            case RuleKind.Forbid:
                if (parts.Condition(context) is not RegexValue forbidden) break;
                var matches = TextFunctions.Run(context, () => forbidden.Regex.Matches(node.Text.Text).ToList()) ?? [];
                foreach (Match match in matches)
                {
                    var value = Nodes.Match(new MatchNode(match, node.Text));
                    context.Slots[parts.MatchSlot] = value;
                    if (parts.Unless is { } unless && unless(context) is BoolValue { Value: true }) continue;
                    Add(context, node, value.Origins, findings);
                }
                break;
            case RuleKind.Require:
                if (parts.Condition(context) is RegexValue required && !TextFunctions.IsMatch(node.Text, required, context))
                    Add(context, node, [], findings);
                break;
        }
    }

    private void Add(EvalContext context, ScopeNode node, IReadOnlyList<TextSpan> origins, List<RuleFinding> findings)
    {
        TextSpan? primary = parts.At is { } at && at(context).Origins is { IsEmpty: false } atOrigins ? atOrigins[0]
            : origins.Count > 0 ? origins[0]
            : node.Node.Origins.IsEmpty ? null : node.Node.Origins[0];
        var span = primary ?? new TextSpan(0, 0);
        var related = origins.Where(o => o != span).Distinct().ToList();
        string message = parts.Message.Render(context);
        RuleFix? fix = parts.Fix is { } f && primary is not null && f.RenderOrNull(context) is { } replacement ? new RuleFix(span, replacement) : null;
        if (findings.Any(x => x.Rule == Descriptor && x.Primary == span && x.Message == message)) return;
        findings.Add(new RuleFinding(Descriptor, message, span, related, fix));
    }
}
