using System.Globalization;
using Sprache;

namespace GovInfo.Dsl.Syntax;

/// <summary>
/// The grammar of rule expressions. Precedence, loosest first: <c>or</c>, <c>and</c>, <c>not</c>,
/// comparison (<c>== != &lt; &lt;= &gt; &gt;= matches contains in</c>, not chained), <c>+ -</c>,
/// <c>* / %</c>, unary minus, then member access, calls and indexing.
/// </summary>
public static class ExpressionGrammar
{
    public static readonly HashSet<string> Keywords = ["and", "or", "not", "true", "false", "null", "matches", "contains", "in"];

    private static readonly Parser<char> IdentifierStart = Parse.Char(c => char.IsLetter(c) || c == '_', "letter");
    private static readonly Parser<char> IdentifierPart = Parse.Char(c => char.IsLetterOrDigit(c) || c == '_', "letter or digit");

    private static readonly Parser<string> RawIdentifier =
        from first in IdentifierStart
        from rest in IdentifierPart.Many().Text()
        select first + rest;

    public static readonly Parser<string> Identifier =
        RawIdentifier.Where(id => !Keywords.Contains(id)).Named("名称").Token();

    private static Parser<string> Keyword(string word) =>
        (from k in Parse.String(word).Text()
         from _ in Parse.Not(IdentifierPart)
         select k).Token().Named(word);

    private static Parser<string> Symbol(string text) => Parse.String(text).Text().Token();

    // A number out of decimal's range parses, and the binder reports it at its place (a parse failure here would be
    // lost among the grammar's alternatives, and decimal.Parse would throw out of the parser).
    private static readonly Parser<Expr> Number =
        Parse.Regex(@"\d+(\.\d+)?").Select(s => decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value)
                ? (Expr)new NumberLiteral(value)
                : new OutOfRangeNumber(s))
            .Positioned().Token().Named("数字");

    private static Parser<string> QuotedString(char quote) =>
        from open in Parse.Char(quote)
        from chars in Parse.Char('\\').Then(_ => Parse.AnyChar).Or(Parse.CharExcept([quote, '\n'])).Many().Text()
        from close in Parse.Char(quote).Named($"结束的 {quote}")
        select chars;

    private static readonly Parser<Expr> String =
        QuotedString('"').Or(QuotedString('\'')).Select(s => (Expr)new StringLiteral(s)).Positioned().Token().Named("字符串");

    private static readonly Parser<Expr> Regex =
        (from open in Parse.Char('/')
         from body in Parse.String("\\/").Return("/").Or(Parse.Char('\\').Then(c => Parse.AnyChar.Select(n => "\\" + n)))
             .Or(Parse.CharExcept(['/', '\n']).Select(c => c.ToString())).Many()
         from close in Parse.Char('/').Named("结束的 /")
         from flags in Parse.Chars("imsx").Many().Text()
         select (Expr)new RegexLiteral(string.Concat(body), flags)).Positioned().Token().Named("正则表达式");

    private static readonly Parser<IEnumerable<Expr>> Arguments =
        from open in Symbol("(")
        from args in Parse.Ref(() => Argument).DelimitedBy(Symbol(",")).Optional()
        from close in Symbol(")").Named("“)”")
        select args.GetOrElse([]);

    /// <summary>A name, read once: <c>true</c>/<c>false</c>/<c>null</c>, a call <c>f(…)</c>, or a variable.</summary>
    private static readonly Parser<Expr> Named =
        (from name in RawIdentifier.Where(id => !Keywords.Contains(id) || id is "true" or "false" or "null")
         from blanks in Parse.WhiteSpace.Many()
         from args in Arguments.Optional()
         select name switch
         {
             "true" when !args.IsDefined => new BoolLiteral(true),
             "false" when !args.IsDefined => new BoolLiteral(false),
             "null" when !args.IsDefined => new NullLiteral(),
             _ when args.IsDefined => new CallExpr(name, name.Length, args.Get().ToList()),
             _ => (Expr)new NameExpr(name),
         }).Positioned().Token();

    private static readonly Parser<Expr> List =
        (from open in Symbol("[")
         from items in Parse.Ref(() => Expression).DelimitedBy(Symbol(",")).Optional()
         from close in Symbol("]").Named("“]”")
         select (Expr)new ListExpr(items.GetOrElse([]).ToList())).Positioned();

    private static readonly Parser<Expr> Parenthesized =
        from open in Symbol("(")
        from inner in Parse.Ref(() => Expression)
        from close in Symbol(")").Named("“)”")
        select inner;

    // The first character decides which kind of value follows, so only one alternative is tried:
    // Sprache builds a failure (with its message) for every alternative that does not match.
    private static readonly Parser<Expr> Primary = Dispatch("值", c => c switch
    {
        >= '0' and <= '9' => Number,
        '"' or '\'' => String,
        '/' => Regex,
        '(' => Parenthesized,
        '[' => List,
        _ when char.IsLetter(c) || c == '_' => Named,
        _ => null,
    });

    /// <summary>Skips blanks, then runs the parser the next character selects; fails at once when none fits.</summary>
    private static Parser<T> Dispatch<T>(string expected, Func<char, Parser<T>?> choose) => input =>
    {
        while (!input.AtEnd && char.IsWhiteSpace(input.Current)) input = input.Advance();
        if (input.AtEnd) return Result.Failure<T>(input, "unexpected end of input", [expected]);
        var parser = choose(input.Current);
        return parser is null ? Result.Failure<T>(input, $"unexpected '{input.Current}'", [expected]) : parser(input);
    };

    /// <summary>A postfix step: <c>.name</c>, <c>.name(args)</c> or <c>[args]</c>, applied to what precedes it.</summary>
    private sealed record Step(Func<Expr, Expr> Apply) : IPositionAware<Step>
    {
        public int End { get; init; }
        public Step SetPos(Position startPos, int length) => this with { End = startPos.Pos + length };
    }

    private static readonly Parser<Step> MemberStep =
        (from dot in Symbol(".")
         from leading in Parse.WhiteSpace.Many()
         from name in RawIdentifier.Positioned2()
         from args in Arguments.Optional()
         select new Step(target => new MemberExpr(target, name.Value, name.Start, args.IsDefined ? args.Get().ToList() : null))).Positioned();

    private static readonly Parser<Step> IndexStep =
        (from open in Symbol("[")
         from args in Parse.Ref(() => Expression).DelimitedBy(Symbol(","))
         from close in Symbol("]").Named("“]”")
         select new Step(target => new IndexExpr(target, args.ToList()))).Positioned();

    private static readonly Parser<Expr> Postfix =
        from primary in Primary
        from steps in Dispatch("“.” 或 “[”", c => c switch { '.' => MemberStep, '[' => IndexStep, _ => null }).Many()
        select steps.Aggregate(primary, (target, step) => step.Apply(target) with { Start = target.Start, Length = TrimmedEnd(step) - target.Start });

    private static int TrimmedEnd(Step step) => step.End;

    private static readonly Parser<Expr> Unary =
        (from minus in Symbol("-").Positioned2()
         from operand in Parse.Ref(() => Unary)
         select (Expr)new UnaryExpr("-", operand) { Start = minus.Start, Length = operand.End - minus.Start })
        .Or(Postfix);

    private static Parser<Operator> Op(params string[] texts)
    {
        var starts = texts.Select(t => t[0]).ToHashSet();
        var any = texts.Select(t => char.IsLetter(t[0]) ? Keyword(t) : Symbol(t))
            .Aggregate((a, b) => a.Or(b))
            .Select(t => new Operator(Canonical(t))).Positioned();
        return Dispatch("运算符", c => starts.Contains(c) ? any : null);
    }

    private static string Canonical(string op) => op switch
    {
        "=" => "==",
        "≠" => "!=",
        "≤" => "<=",
        "≥" => ">=",
        _ => op,
    };

    private static Expr MakeBinary(Operator op, Expr left, Expr right)
        => new BinaryExpr(op, left, right) { Start = left.Start, Length = right.End - left.Start };

    private static readonly Parser<Expr> Multiplicative = Parse.ChainOperator(Op("*", "/", "%"), Unary, MakeBinary);

    private static readonly Parser<Expr> Additive = Parse.ChainOperator(Op("+", "-"), Multiplicative, MakeBinary);

    private static readonly Parser<Expr> Comparison =
        from left in Additive
        from rest in (from op in Op("==", "!=", "<=", ">=", "<", ">", "=", "≠", "≤", "≥", "matches", "contains", "in")
                      from right in Additive.Named("运算符后的值")
                      select (op, right)).Optional()
        select rest.IsDefined ? MakeBinary(rest.Get().op, left, rest.Get().right) : left;

    private static readonly Parser<Expr> Not =
        (from not in Keyword("not").Positioned2()
         from operand in Parse.Ref(() => Not)
         select (Expr)new UnaryExpr("not", operand) { Start = not.Start, Length = operand.End - not.Start })
        .Or(Comparison);

    private static readonly Parser<Expr> And = Parse.ChainOperator(Op("and"), Not, MakeBinary);

    private static readonly Parser<Expr> Or = Parse.ChainOperator(Op("or"), And, MakeBinary);

    public static readonly Parser<Expr> Expression = Or.Named("表达式");

    private static readonly Parser<Expr> Lambda =
        (from parameter in Identifier
         from arrow in Symbol("=>")
         from body in Expression
         select (Expr)new LambdaExpr(parameter, body)).Positioned();

    private static readonly Parser<Expr> Argument = Lambda.Or(Expression);

    /// <summary>A whole expression, nothing left over.</summary>
    public static readonly Parser<Expr> Complete = Expression.Token().End();

    /// <summary>A rule's quantifier: <c>c in applications.columns</c>.</summary>
    public static readonly Parser<ForClause> ForClause =
        (from variable in Identifier.Positioned2()
         from keyword in Keyword("in")
         from collection in Expression
         select new ForClause(variable.Value, variable.Start, collection)).Token().End();
}

/// <summary>A parsed value with the offset where it started, for productions that are not AST nodes.</summary>
internal sealed record Located<T>(T Value) : IPositionAware<Located<T>>
{
    public int Start { get; init; }
    public Located<T> SetPos(Position startPos, int length) => this with { Start = startPos.Pos };
}

/// <summary>Records where a production started, for values that are not AST nodes.</summary>
internal static class LocatedExtensions
{
    /// <summary>Records where <paramref name="parser"/> started, for values that are not <see cref="IPositionAware{T}"/>.</summary>
    public static Parser<Located<T>> Positioned2<T>(this Parser<T> parser) => parser.Select(v => new Located<T>(v)).Positioned();
}
