using System.Text;
using GovInfo.Dsl.Errors;
using GovInfo.Dsl.Runtime;

namespace GovInfo.Dsl.Rules;

/// <summary>A message with <c>{expression}</c> holes (<c>{{</c> and <c>}}</c> for literal braces), compiled once.</summary>
public sealed class MessageTemplate
{
    private readonly IReadOnlyList<object> _parts;

    private MessageTemplate(IReadOnlyList<object> parts) => _parts = parts;

    /// <summary>One hole: its expression text and where that text starts in the message.</summary>
    public sealed record Hole(string Text, int Start);

    /// <summary>Splits a message into literal text and holes; syntax errors go to <paramref name="errors"/>.</summary>
    public static IReadOnlyList<object> Split(string message, List<DslError> errors)
    {
        var parts = new List<object>();
        var literal = new StringBuilder();
        for (int i = 0; i < message.Length; i++)
        {
            char c = message[i];
            if ((c == '{' || c == '}') && i + 1 < message.Length && message[i + 1] == c)
            {
                literal.Append(c);
                i++;
                continue;
            }
            if (c == '}')
            {
                errors.Add(new DslError(i, 1, DslErrorCodes.BadMessage, "消息中多了一个 “}”；字面的花括号请写作 “}}”。"));
                continue;
            }
            if (c != '{')
            {
                literal.Append(c);
                continue;
            }
            int close = FindClose(message, i + 1);
            if (close < 0)
            {
                errors.Add(new DslError(i, 1, DslErrorCodes.BadMessage, "消息中的 “{” 没有对应的 “}”；字面的花括号请写作 “{{”。"));
                break;
            }
            if (message.AsSpan(i + 1, close - i - 1).IsWhiteSpace())
            {
                errors.Add(new DslError(i, close - i + 1, DslErrorCodes.BadMessage, "消息中的 “{}” 是空的：花括号里应写表达式。"));
                i = close;
                continue;
            }
            if (literal.Length > 0) parts.Add(literal.ToString());
            literal.Clear();
            parts.Add(new Hole(message[(i + 1)..close], i + 1));
            i = close;
        }
        if (literal.Length > 0) parts.Add(literal.ToString());
        return parts;
    }

    public static MessageTemplate Create(IEnumerable<object> parts) => new(parts.ToList());

    public string Render(EvalContext context)
    {
        var sb = new StringBuilder();
        foreach (var part in _parts)
            sb.Append(part is Evaluator e ? e(context).Display() : (string)part);
        return sb.ToString();
    }

    /// <summary>Renders the template, or null when a hole has no value (a fix that does not apply).</summary>
    public string? RenderOrNull(EvalContext context)
    {
        var sb = new StringBuilder();
        foreach (var part in _parts)
        {
            if (part is not Evaluator e)
            {
                sb.Append((string)part);
                continue;
            }
            var value = e(context);
            if (value is NullValue) return null;
            sb.Append(value.Display());
        }
        return sb.ToString();
    }

    private static int FindClose(string text, int start)
    {
        char quote = '\0';
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (quote != '\0')
            {
                if (c == '\\') i++;
                else if (c == quote) quote = '\0';
            }
            else if (c is '"' or '\'') quote = c;
            else if (c == '}') return i;
        }
        return -1;
    }
}
