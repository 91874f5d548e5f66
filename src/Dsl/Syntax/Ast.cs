using Sprache;

namespace GovInfo.Dsl.Syntax;

/// <summary>An expression of the rule language; <see cref="Start"/> and <see cref="Length"/> are offsets in the expression text.</summary>
public abstract record Expr : IPositionAware<Expr>
{
    public int Start { get; init; }
    public int Length { get; init; }
    public int End => Start + Length;

    public Expr SetPos(Position startPos, int length) => this with { Start = startPos.Pos, Length = length };
}

/// <summary>A decimal number, e.g. <c>57</c> or <c>12.35</c>.</summary>
public sealed record NumberLiteral(decimal Value) : Expr;

/// <summary>A number written in a rule that is out of the range rules compute in (decimal's); the binder reports it.</summary>
public sealed record OutOfRangeNumber(string Digits) : Expr;

/// <summary>A quoted string, e.g. <c>"本年新收"</c>.</summary>
public sealed record StringLiteral(string Value) : Expr;

/// <summary>A regular expression, e.g. <c>/收到.*?(\d+)\s*件/i</c>.</summary>
public sealed record RegexLiteral(string Pattern, string Flags) : Expr;

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed record BoolLiteral(bool Value) : Expr;

/// <summary><c>null</c>: no value.</summary>
public sealed record NullLiteral : Expr;

/// <summary>A variable or global name, e.g. <c>applications</c> or <c>c</c>.</summary>
public sealed record NameExpr(string Name) : Expr;

/// <summary><c>-x</c> or <c>not x</c>.</summary>
public sealed record UnaryExpr(string Operator, Expr Operand) : Expr;

/// <summary><c>a + b</c>, <c>a == b</c>, <c>a and b</c>, <c>text matches /re/</c>…</summary>
public sealed record BinaryExpr(Operator Operator, Expr Left, Expr Right) : Expr;

/// <summary><c>f(a, b)</c>.</summary>
public sealed record CallExpr(string Function, int NameLength, IReadOnlyList<Expr> Arguments) : Expr;

/// <summary><c>x.name</c> (a property) or <c>x.name(args)</c> (the function <c>name(x, args)</c>).</summary>
public sealed record MemberExpr(Expr Target, string Name, int NameStart, IReadOnlyList<Expr>? Arguments) : Expr;

/// <summary><c>table["本年新收", "自然人"]</c>.</summary>
public sealed record IndexExpr(Expr Target, IReadOnlyList<Expr> Arguments) : Expr;

/// <summary><c>c => expr</c>, only as a function argument.</summary>
public sealed record LambdaExpr(string Parameter, Expr Body) : Expr;

/// <summary><c>[a, b, c]</c>.</summary>
public sealed record ListExpr(IReadOnlyList<Expr> Items) : Expr;

/// <summary>A binary operator with its own position, so type errors can point at it.</summary>
public sealed record Operator(string Text) : IPositionAware<Operator>
{
    public int Start { get; init; }

    public Operator SetPos(Position startPos, int length) => this with { Start = startPos.Pos };
}

/// <summary>The <c>for: x in collection</c> clause of a rule.</summary>
public sealed record ForClause(string Variable, int VariableStart, Expr Collection);
