namespace GovInfo.Dsl.Errors;

/// <summary>An error in an expression, at offsets of the expression text.</summary>
public sealed record DslError(int Start, int Length, string Code, string Message);
