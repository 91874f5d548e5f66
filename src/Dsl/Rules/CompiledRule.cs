using GovInfo.Dsl.Binding;
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

    /// <summary>Texts one of which every node the rule can fail on contains (<see cref="TextTrigger.Of"/>); null: every node is evaluated.</summary>
    public TextTrigger? Trigger { get; init; }
}

/// <summary>A rule compiled once and evaluated on many reports: it walks its scope and yields findings.</summary>
public sealed class CompiledRule(RuleDescriptor descriptor, string? tableKey, RuleExamples examples, ReportUses uses, CompiledRuleParts parts)
{
    /// <summary>What the rule reads of a report (tables' cells, sections, the binder's verdict), recorded by the compiler.</summary>
    public ReportUses Uses { get; } = uses;

    public RuleDescriptor Descriptor { get; } = descriptor;
    public string? TableKey { get; } = tableKey;
    public RuleExamples Examples { get; } = examples;

    // An array, not the parts' list: a foreach over an interface would box an enumerator per node.
    private readonly (int Slot, Evaluator Value)[] _lets = [.. parts.Lets];
    private readonly int[] _memoSlots = [.. parts.MemoSlots ?? []];

    /// <summary>
    /// Evaluates the rule on every node of its scope in the report, within <paramref name="stepBudget"/> evaluation steps
    /// (<see cref="EvalContext.StepsLeft"/>; throws <see cref="StepBudgetExceededException"/> when they are spent).
    /// </summary>
    public List<RuleFinding> Evaluate(ReportView view, long stepBudget = long.MaxValue)
    {
        var context = NewContext(view);
        context.StepsLeft = stepBudget;
        var findings = new List<RuleFinding>();
        foreach (var node in ScopeNodes.Enumerate(view, Descriptor.Scope, TableKey))
            if (!Evaluate(context, node, findings)) break;
        return findings;
    }

    public EvalContext NewContext(ReportView view) => new(view, parts.SlotCount);

    /// <summary>Texts one of which every node the rule can fail on contains; a node without them is not evaluated (null: none known).</summary>
    public TextTrigger? Trigger => parts.Trigger;

    /// <summary>How many variable slots an evaluation context needs for this rule.</summary>
    public int SlotCount => parts.SlotCount;

    /// <summary>
    /// Evaluates the rule on one node of its scope (the engine's entry point). A node whose text lacks the rule's
    /// <see cref="Trigger"/> cannot fail and is passed over. The node is first only
    /// tested, without origins (<see cref="EvalContext.TrackOrigins"/>); when it fails, it is evaluated
    /// again with them to locate and word each finding. Most nodes pass, so most values never carry origins.
    /// A regular expression that ran out of time on the node is a finding of its own (<see cref="AddTimeouts"/>), and
    /// the rule is not evaluated further on the node; the result says whether the rule may go on with the report's
    /// other nodes (not after a timeout: a pattern that backtracks catastrophically would cost its timeout on each).
    /// </summary>
    public bool Evaluate(EvalContext context, ScopeNode node, List<RuleFinding> findings)
    {
        if (parts.Trigger is { } trigger && !trigger.Occurs(node.Chars))
        {
            // The node still costs its steps, so the budget runs out where it did before.
            for (int i = 0; i < trigger.Steps; i++) context.Step();
            return true;
        }
        var slots = context.Slots;
        slots[parts.ScopeSlot].Value = node.Node;
        if (parts.TextSlot is { } textSlot) slots[textSlot].Value = node.Text;
        context.RegexTimeouts.Clear();
        SetTracking(context, false);
        try
        {
            context.Step();
            if (parts.Where is { } where && where(context) is not BoolValue { Value: true }) return !AddTimeouts(context, node, findings);

            if (parts.For is { } loop)
            {
                if (loop.Collection(context) is not ListValue list) return !AddTimeouts(context, node, findings);
                // The collection with origins is made once, when the first item fails, not once per failing item.
                ListValue? tracked = null;
                for (int i = 0; i < list.Items.Count; i++)
                {
                    if (context.RegexTimeouts.Count > 0) break;
                    context.Step();
                    slots[loop.Slot].Value = list.Items[i];
                    if (!Body(context, node, null)) continue;
                    SetTracking(context, true);
                    tracked ??= (ListValue)loop.Collection(context);
                    slots[loop.Slot].Value = tracked.Items[i];
                    Body(context, node, findings);
                    SetTracking(context, false);
                }
            }
            else if (Body(context, node, null))
            {
                SetTracking(context, true);
                Body(context, node, findings);
            }
        }
        finally
        {
            context.TrackOrigins = true;
        }
        return !AddTimeouts(context, node, findings);
    }

    /// <summary>Switches origins on or off and forgets the node's memoized values, which were computed with the other setting.</summary>
    private void SetTracking(EvalContext context, bool track)
    {
        context.TrackOrigins = track;
        foreach (int slot in _memoSlots) context.Slots[slot].Value = NodeMemo.Unset;
    }

    /// <summary>
    /// The rule's body on the node: the lets, then the assert, forbid or require; whether the node fails. Without
    /// <paramref name="findings"/> it only tests, and stops at the first failure; with them it adds every finding.
    /// </summary>
    private bool Body(EvalContext context, ScopeNode node, List<RuleFinding>? findings)
    {
        var slots = context.Slots;
        foreach (var (slot, value) in _lets) slots[slot].Value = value(context);
        switch (Descriptor.Kind)
        {
            case RuleKind.Assert:
                if (parts.Condition(context) is not BoolValue { Value: false } failed) return false;
                if (findings is not null) Add(context, node, failed.Origins, findings);
                return true;
            case RuleKind.Forbid:
                var condition = parts.Condition(context);
                if (condition is ListValue found) return ForbidEach(context, node, found, findings);
                if (condition is not RegexValue forbidden) return false;
                if (findings is null && parts.Unless is null) return TextFunctions.IsMatch(node.Text, forbidden, context);
                if (!forbidden.MayMatch(node.Text.Span)) return false;
                bool fails = false;
                for (var match = TextFunctions.FirstMatch(forbidden.Regex, node.Text.Text, context); match is not null;
                     match = TextFunctions.NextMatch(match, context))
                {
                    var value = Nodes.Match(new RegexMatchNode(match, node.Text));
                    slots[parts.MatchSlot].Value = value;
                    if (parts.Unless is { } unless && unless(context) is BoolValue { Value: true }) continue;
                    if (findings is null) return true;
                    Add(context, node, value.Origins, findings);
                    fails = true;
                }
                return fails;
            case RuleKind.Require:
                if (parts.Condition(context) is not RegexValue required || TextFunctions.IsMatch(node.Text, required, context)) return false;
                if (findings is not null) Add(context, node, [], findings);
                return true;
            default:
                return false;
        }
    }

    /// <summary>A <c>forbid</c> of matches found otherwise than by a regex (<c>doubled(…)</c>): each match not excused by <c>unless</c> fails.</summary>
    private bool ForbidEach(EvalContext context, ScopeNode node, ListValue matches, List<RuleFinding>? findings)
    {
        if (findings is null && parts.Unless is null) return matches.Items.Count > 0;
        bool fails = false;
        for (int i = 0; i < matches.Items.Count; i++)
        {
            var value = matches.Items[i];
            context.Slots[parts.MatchSlot].Value = value;
            if (parts.Unless is { } unless && unless(context) is BoolValue { Value: true }) continue;
            if (findings is null) return true;
            Add(context, node, value.Origins, findings);
            fails = true;
        }
        return fails;
    }

    /// <summary>
    /// A regular expression that timed out while the node was evaluated (<see cref="RuleRegex.BacktrackingTimeout"/>)
    /// leaves the rule's result on the node incomplete, which is said, never read as "no match": one finding per pattern,
    /// at the node, at most a warning whatever the rule's severity (the rule found nothing it can vouch for).
    /// </summary>
    private bool AddTimeouts(EvalContext context, ScopeNode node, List<RuleFinding> findings)
    {
        // No lambda here: its closure would be allocated on entry, for every node, timeout or not.
        if (context.RegexTimeouts.Count == 0) return false;
        var span = node.Node.Origins.IsEmpty ? new TextSpan(0, 0) : node.Node.Origins[0];
        foreach (string pattern in context.RegexTimeouts.Distinct())
        {
            string message = $"{RegexTimeoutMessage}：/{pattern}/ 未能在 {RuleRegex.BacktrackingTimeout.TotalMilliseconds:0} 毫秒内完成匹配，此规则已在本报告上停止。";
            if (Reported(context, findings).Add((Descriptor, span, message))) findings.Add(new RuleFinding(Descriptor, message, span, [], null, Severity.Warning));
        }
        context.RegexTimeouts.Clear();
        return true;
    }

    /// <summary>
    /// What the rules already reported into <paramref name="findings"/>: the context's set when it was made for this list,
    /// else one made from the list (a context used with another list starts again from that list).
    /// </summary>
    private static HashSet<(object Rule, TextSpan Span, string Message)> Reported(EvalContext context, List<RuleFinding> findings)
    {
        if (context.Reported.Set is { } set && ReferenceEquals(context.Reported.List, findings) && set.Count <= findings.Count) return set;
        set = [];
        foreach (var f in findings) set.Add((f.Rule, f.Primary, f.Message));
        context.Reported = (findings, set);
        return set;
    }

    /// <summary>How a regex timeout finding's message begins.</summary>
    public const string RegexTimeoutMessage = "正则表达式超时，结果不完整";

    private void Add(EvalContext context, ScopeNode node, IReadOnlyList<TextSpan> origins, List<RuleFinding> findings)
    {
        TextSpan? primary = parts.At is { } at && at(context).Origins is { IsEmpty: false } atOrigins ? atOrigins[0]
            : origins.Count > 0 ? origins[0]
            : node.Node.Origins.IsEmpty ? null : node.Node.Origins[0];
        var span = primary ?? new TextSpan(0, 0);
        var related = origins.Concat(RelatedOrigins(context)).Where(o => o != span).Distinct().ToList();
        string message = parts.Message.Render(context);
        RuleFix? fix = parts.Fix is { } f && primary is not null && f.RenderOrNull(context) is { } replacement ? new RuleFix(span, replacement) : null;
        if (fix is not null && !WholeCharacters.Keeps(context.View.Source.Text, fix.Span, fix.Replacement))
        {
            fix = null;
            message += WholeCharacters.FixRefused;
        }
        // A set, not a scan of the list: a paragraph of 100,000 findings would cost 10¹⁰ comparisons.
        if (!Reported(context, findings).Add((Descriptor, span, message))) return;
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
