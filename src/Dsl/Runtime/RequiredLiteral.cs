using System.Text.RegularExpressions;

namespace GovInfo.Dsl.Runtime;

/// <summary>
/// A text every match of a pattern contains (办结率 in GI4003's), read from the pattern conservatively, so that a text
/// without it is passed over with one vectorised search instead of a run of the regex engine. Only the pattern's top
/// level is read: with an alternation there, no literal is required; groups, classes, escapes and anything a
/// quantifier follows are skipped; with <see cref="RegexOptions.IgnoreCase"/> only characters without case (CJK)
/// count, and with <see cref="RegexOptions.IgnorePatternWhitespace"/> nothing does.
/// </summary>
public static class RequiredLiteral
{
    /// <summary>The longest literal every match contains, or null when the pattern guarantees none worth searching for.</summary>
    public static string? Of(string pattern, RegexOptions options)
    {
        if ((options & (RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft)) != 0) return null;
        bool ignoreCase = (options & RegexOptions.IgnoreCase) != 0;
        string best = "";
        var run = new System.Text.StringBuilder();
        int depth = 0;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\')
            {
                End(run, ref best);
                i = EndOfEscape(pattern, i);
                if (i < 0) return null;
                continue;
            }
            if (c == '[')
            {
                End(run, ref best);
                i = EndOfClass(pattern, i);
                if (i < 0) return null;
                continue;
            }
            if (c == '(')
            {
                End(run, ref best);
                // Inline options ((?i), (?x:…)) change how the rest reads: give up.
                if (i + 2 < pattern.Length && pattern[i + 1] == '?' && "imnsx-".Contains(pattern[i + 2])) return null;
                depth++;
                continue;
            }
            if (c == ')') { End(run, ref best); depth--; continue; }
            if (c == '|')
            {
                if (depth == 0) return null;
                continue;
            }
            if (depth > 0) continue;
            if (c is '*' or '+' or '?' or '{')
            {
                // The character before a quantifier may be absent or repeated: the run ends before it.
                if (run.Length > 0) run.Length--;
                End(run, ref best);
                if (c == '{' && (i = pattern.IndexOf('}', i)) < 0) return null;
                continue;
            }
            if (c is '.' or '^' or '$' or '}' or ']' || char.IsWhiteSpace(c) || (ignoreCase && c < '\u3000'))
            {
                End(run, ref best);
                continue;
            }
            run.Append(c);
        }
        if (depth != 0) return null;
        End(run, ref best);
        return best.Length >= 2 || (best.Length == 1 && best[0] >= '\u3000') ? best : null;
    }

    private static void End(System.Text.StringBuilder run, ref string best)
    {
        if (run.Length > best.Length) best = run.ToString();
        run.Clear();
    }

    /// <summary>The index of the <c>]</c> that closes the class opened at <paramref name="open"/>, or -1.</summary>
    private static int EndOfClass(string pattern, int open)
    {
        int i = open + 1;
        if (i < pattern.Length && pattern[i] == '^') i++;
        if (i < pattern.Length && pattern[i] == ']') i++; // a ] first in the class is literal
        for (; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\') i++;
            else if (pattern[i] == '-' && i + 1 < pattern.Length && pattern[i + 1] == '[') return -1; // subtraction: give up
            else if (pattern[i] == ']') return i;
        }
        return -1;
    }

    /// <summary>The index of the escape's last character (<c>\u4e00</c>, <c>\p{L}</c>, <c>\k&lt;w&gt;</c>, <c>\12</c>), or -1.</summary>
    private static int EndOfEscape(string pattern, int backslash)
    {
        int i = backslash + 1;
        if (i >= pattern.Length) return -1;
        int end = pattern[i] switch
        {
            'u' => i + 4,
            'x' => i + 2,
            'c' => i + 1,
            'p' or 'P' => pattern.IndexOf('}', i),
            'k' => pattern.IndexOfAny(['>', '\''], i),
            >= '0' and <= '9' => LastDigit(pattern, i),
            _ => i,
        };
        return end < pattern.Length ? end : -1;
    }

    private static int LastDigit(string pattern, int i)
    {
        while (i + 1 < pattern.Length && char.IsAsciiDigit(pattern[i + 1])) i++;
        return i;
    }
}
