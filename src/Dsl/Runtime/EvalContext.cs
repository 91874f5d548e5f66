namespace GovInfo.Dsl.Runtime;

/// <summary>A compiled expression: evaluated many times, parsed once.</summary>
public delegate Value Evaluator(EvalContext context);

/// <summary>What an evaluation sees: the report, and the slots of the rule's variables.</summary>
public sealed class EvalContext(ReportView view, int slotCount)
{
    public ReportView View { get; } = view;
    public Value[] Slots { get; } = Enumerable.Repeat<Value>(Value.Null, slotCount).ToArray();

    /// <summary>Rule ids whose regular expressions timed out during this evaluation.</summary>
    public List<string> RegexTimeouts { get; } = [];
}
