using GovInfo.Dsl.Errors;
using Sprache;

namespace GovInfo.Dsl.Syntax;

/// <summary>Parses expression text into an AST, refusing text too long or too deeply nested before the grammar sees it.</summary>
public static class ExpressionParser
{
    public const int MaxLength = 4000;
    public const int MaxNesting = 32;

    public static Expr? Parse(string text, out DslError? error) => Parse(ExpressionGrammar.Complete, text, out error);

    public static T? Parse<T>(Parser<T> parser, string text, out DslError? error) where T : class
    {
        error = CheckLimits(text);
        if (error is not null) return null;
        var result = parser.TryParse(text);
        if (result.WasSuccessful) return result.Value;
        int at = Math.Min(result.Remainder.Position, text.Length);
        // Sprache stops where the last alternative failed; blanks there are not the problem.
        while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
        string found = at < text.Length ? $"意外的 “{text[at]}”" : "表达式意外结束";
        var expected = result.Expectations.Select(Translate).Distinct().ToList();
        error = new DslError(at, 1, DslErrorCodes.Syntax, $"表达式语法错误：{found}{(expected.Count > 0 ? $"，应为 {string.Join("、", expected)}" : "")}。");
        return null;
    }

    private static string Translate(string expectation) => expectation switch
    {
        "end of input" => "表达式结束",
        _ when expectation.StartsWith('\'') && expectation.EndsWith('\'') => $"“{expectation.Trim('\'')}”",
        _ => expectation,
    };

    private static DslError? CheckLimits(string text)
    {
        if (text.Length > MaxLength)
            return new DslError(0, 1, DslErrorCodes.TooComplex, $"表达式过长（{text.Length} 个字符，上限 {MaxLength}）：请拆成多个 let 变量。");
        int depth = 0;
        bool inString = false;
        char quote = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (inString)
            {
                if (c == '\\') i++;
                else if (c == quote) inString = false;
                continue;
            }
            switch (c)
            {
                case '"' or '\'':
                    inString = true;
                    quote = c;
                    break;
                case '(' or '[':
                    if (++depth > MaxNesting)
                        return new DslError(i, 1, DslErrorCodes.TooComplex, $"括号嵌套过深（上限 {MaxNesting} 层）：请拆成多个 let 变量。");
                    break;
                case ')' or ']':
                    depth--;
                    break;
            }
        }
        return null;
    }
}
