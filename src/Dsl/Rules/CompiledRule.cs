using System.Text.RegularExpressions;
using GovInfo.Dsl.Functions;
using GovInfo.Dsl.Runtime;
using GovInfo.Report.Text;

namespace GovInfo.Dsl.Rules;

/// <summary>The parts of a compiled rule: every expression already bound to an evaluator and a slot.</summary>
public sealed record CompiledRuleParts(
    int SlotCount,
    int ScopeSlot,
    int? TextSlot,
    Evaluator? Where,
    (int Slot, Evaluator Collection)? For,
    IReadOnlyList<(int Slot, Evaluator Value)> Lets,
    Evaluator Condition,
    int MatchSlot,
    Evaluator? Unless,
    MessageTemplate Message,
    Evaluator? At,
    MessageTemplate? Fix,
    IReadOnlyList<int>? MemoSlots = null)
{
    /// <summary>The <c>related</c> expression: its value's places (a list's, each element's) are related locations of every finding.</summary>
    public Evaluator? Related { get; init; }
}

/// <summary>A rule compiled once and evaluated on many reports: it walks its scope and yields findings.</summary>
public sealed class CompiledRule(RuleDescriptor descriptor, string? tableKey, RuleExamples examples, CompiledRuleParts parts)
{
    public RuleDescriptor Descriptor { get; } = descriptor;
    public string? TableKey { get; } = tableKey;
    public RuleExamples Examples { get; } = examples;

    // An array, not the parts' list: a foreach over an interface would box an enumerator per node.
    private readonly (int Slot, Evaluator Value)[] _lets = [.. parts.Lets];
    private readonly int[] _memoSlots = [.. parts.MemoSlots ?? []];

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

    /// <summary>How many variable slots an evaluation context needs for this rule.</summary>
    public int SlotCount => parts.SlotCount;

    /// <summary>
    /// Evaluates the rule on one node of its scope (the engine's entry point). The node is first only
    /// tested, without origins (<see cref="EvalContext.TrackOrigins"/>); when it fails, it is evaluated
    /// again with them to locate and word each finding. Most nodes pass, so most values never carry origins.
    /// </summary>
    public void Evaluate(EvalContext context, ScopeNode node, List<RuleFinding> findings)
    {
        var slots = context.Slots;
        slots[parts.ScopeSlot].Value = node.Node;
        if (parts.TextSlot is { } textSlot) slots[textSlot].Value = node.Text;
        SetTracking(context, false);
        try
        {
            if (parts.Where is { } where && where(context) is not BoolValue { Value: true }) return;

            if (parts.For is { } loop)
            {
                if (loop.Collection(context) is not ListValue list) return;
                for (int i = 0; i < list.Items.Count; i++)
                {
                    slots[loop.Slot].Value = list.Items[i];
                    if (!Fails(context, node)) continue;
                    SetTracking(context, true);
                    slots[loop.Slot].Value = ((ListValue)loop.Collection(context)).Items[i];
                    EvaluateBody(context, node, findings);
                    SetTracking(context, false);
                }
            }
            else if (Fails(context, node))
            {
                SetTracking(context, true);
                EvaluateBody(context, node, findings);
            }
        }
        finally
        {
            context.TrackOrigins = true;
        }
    }

    /// <summary>Switches origins on or off and forgets the node's memoized values, which were computed with the other setting.</summary>
    private void SetTracking(EvalContext context, bool track)
    {
        context.TrackOrigins = track;
        foreach (int slot in _memoSlots) context.Slots[slot].Value = NodeMemo.Unset;
    }

    /// <summary>Whether the body would report anything on the node: the lets and the condition, without messages or locations.</summary>
    private bool Fails(EvalContext context, ScopeNode node)
    {
        var slots = context.Slots;
        foreach (var (slot, value) in _lets) slots[slot].Value = value(context);
        switch (Descriptor.Kind)
        {
            case RuleKind.Assert:
                return parts.Condition(context) is BoolValue { Value: false };
            case RuleKind.Forbid:
                if (parts.Condition(context) is not RegexValue forbidden) return false;
                if (parts.Unless is not { } unless) return TextFunctions.IsMatch(node.Text, forbidden, context);
                for (var match = TextFunctions.FirstMatch(forbidden.Regex, node.Text.Text, context); match is not null;
                     match = TextFunctions.NextMatch(match, context))
                {
                    context.Slots[parts.MatchSlot].Value = Nodes.Match(new MatchNode(match, node.Text));
                    if (unless(context) is not BoolValue { Value: true }) return true;
                }
                return false;
            case RuleKind.Require:
                return parts.Condition(context) is RegexValue required && !TextFunctions.IsMatch(node.Text, required, context);
            default:
                return false;
        }
    }

    private void EvaluateBody(EvalContext context, ScopeNode node, List<RuleFinding> findings)
    {
        foreach (var (slot, value) in _lets) context.Slots[slot].Value = value(context);
        switch (Descriptor.Kind)
        {
            case RuleKind.Assert:
                if (parts.Condition(context) is BoolValue { Value: false } failed)
                    Add(context, node, failed.Origins, findings);
                break;
            case RuleKind.Forbid:
                if (parts.Condition(context) is not RegexValue forbidden) break;
                var matches = TextFunctions.AllMatches(forbidden.Regex, node.Text.Text, context);
                foreach (Match match in matches)
                {
                    var value = Nodes.Match(new MatchNode(match, node.Text));
                    context.Slots[parts.MatchSlot].Value = value;
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
        var related = origins.Where(o => o != span).Concat(RelatedOrigins(context)).Where(o => o != span).Distinct().ToList();
        string message = parts.Message.Render(context);
        RuleFix? fix = parts.Fix is { } f && primary is not null && f.RenderOrNull(context) is { } replacement ? new RuleFix(span, replacement) : null;
        if (findings.Any(x => x.Rule == Descriptor && x.Primary == span && x.Message == message)) return;
        findings.Add(new RuleFinding(Descriptor, message, span, related, fix));
    }

    /// <summary>The places the rule's <c>related</c> value carries: its origins, or for a list each element's.</summary>
    private IEnumerable<TextSpan> RelatedOrigins(EvalContext context)
    {
        if (parts.Related is not { } evaluate) return [];
        var value = evaluate(context);
        return value is ListValue list ? list.Items.SelectMany(i => i.Origins) : value.Origins;
    }
}
