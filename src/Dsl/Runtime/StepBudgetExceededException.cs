namespace GovInfo.Dsl.Runtime;

/// <summary>Thrown when a rule has spent its evaluation-step budget on a file (<see cref="EvalContext.StepsLeft"/>): the engine stops the rule there and says so.</summary>
public sealed class StepBudgetExceededException() : Exception("规则的计算步数超出上限。");
