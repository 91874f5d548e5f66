using System.Text;
using System.Text.RegularExpressions;

namespace GovInfo.Dsl.Rules;

/// <summary>
/// Texts at least one of which every match of a pattern contains (<c>，，</c> or <c>。。</c> or … for GI6005's
/// alternation, one of <c>, ; : ? !</c> for GI6003's class), read from the pattern conservatively: a branch of an
/// alternation gives its own, and the alternation their union; in a sequence, a run of characters that must occur in
/// a row or a class that must match once is a candidate, and the best is kept. What is optional (<c>*</c>, <c>?</c>,
/// <c>{0,n}</c>), what does not consume (lookarounds, anchors), backreferences and escapes that stand for many
/// characters (<c>\d</c>, <c>\w</c>, <c>\p{…}</c>) guarantee nothing; with <see cref="RegexOptions.IgnoreCase"/> only
/// characters without case count; inline options, conditionals, class subtraction and whitespace-ignoring patterns
/// give no needles at all.
/// </summary>
public static class RegexNeedles
{
    /// <summary>A class with more characters than this is no useful needle set (a CJK range).</summary>
    private const int MaxClassSize = 256;

    /// <summary>The needles, or null when the pattern guarantees none (then every text may hold a match).</summary>
    public static IReadOnlyList<string>? Of(string pattern, RegexOptions options)
    {
        if ((options & (RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft | RegexOptions.ECMAScript)) != 0) return null;
        try
        {
            var reader = new Reader(pattern, (options & RegexOptions.IgnoreCase) != 0);
            var needles = reader.Alternation();
            return reader.AtEnd && needles is { Count: > 0 } && needles.All(n => n.Length > 0) ? needles : null;
        }
        catch (GiveUp)
        {
            return null;
        }
    }

    /// <summary>Whether <paramref name="c"/> matches only itself under ignore-case (CJK and ASCII punctuation, digits).</summary>
    private static bool Caseless(char c)
        => c < 0x80 ? !char.IsAsciiLetter(c) : c is (>= '\u3000' and <= '\u303F') or (>= '\u3400' and <= '\u9FFF') or (>= '\uFF01' and <= '\uFF20');

    /// <summary>Something the reader cannot vouch for: the whole pattern yields no needles.</summary>
    private sealed class GiveUp : Exception;

    /// <summary>What a branch or group guarantees: needles every match contains, and the exact text of every match when there is one.</summary>
    private readonly record struct Guarantee(List<string>? Needles, string? Exact);

    /// <summary>What one item of a sequence guarantees: the exact text it always matches, or needles it always contains.</summary>
    private readonly record struct Item(string? Exact, List<string>? Needles, bool ZeroWidth = false);

    private sealed class Reader(string pattern, bool ignoreCase)
    {
        private int _i;

        public bool AtEnd => _i == pattern.Length;

        /// <summary>Branches up to a closing parenthesis (not consumed) or the end: the union of their needles.</summary>
        public List<string>? Alternation() => Branches().Needles;

        /// <summary>The branches' needles, and the one text they always match when there is a single branch of exact text.</summary>
        private Guarantee Branches()
        {
            List<string>? union = [];
            int count = 0;
            Guarantee last = default;
            while (true)
            {
                last = Sequence();
                count++;
                union = union is null || last.Needles is null ? null : [.. union.Union(last.Needles)];
                if (_i < pattern.Length && pattern[_i] == '|')
                {
                    _i++;
                    continue;
                }
                return new Guarantee(union, count == 1 ? last.Exact : null);
            }
        }

        /// <summary>One branch: the best of its candidates (runs of exact text, needles of mandatory items).</summary>
        private Guarantee Sequence()
        {
            var candidates = new List<List<string>>();
            var run = new StringBuilder();
            bool exact = true; // nothing but exact text read so far, each once
            void EndRun()
            {
                if (run.Length > 0) candidates.Add([run.ToString()]);
                run.Clear();
            }
            while (_i < pattern.Length && pattern[_i] is not ('|' or ')'))
            {
                var item = Atom();
                var (min, max) = Quantifier();
                if (item.ZeroWidth || min == 0)
                {
                    exact = false;
                    EndRun();
                    continue;
                }
                if (item.Exact is { } text)
                {
                    for (int k = 0; k < min; k++) run.Append(text);
                    // After a variable count the next item does not follow the last copy directly.
                    if (max != min)
                    {
                        exact = false;
                        EndRun();
                    }
                    continue;
                }
                exact = false;
                EndRun();
                if (item.Needles is { Count: > 0 } needles) candidates.Add(needles);
            }
            string? whole = exact && run.Length > 0 ? run.ToString() : null;
            EndRun();
            return new Guarantee(candidates.Count == 0 ? null : Best(candidates), whole);
        }

        /// <summary>The candidate most texts lack: the longest shortest needle, then the fewest needles.</summary>
        private static List<string> Best(List<List<string>> candidates)
            => candidates.OrderByDescending(c => c.Min(n => n.Length)).ThenBy(c => c.Count).First();

        private Item Atom()
        {
            char c = pattern[_i++];
            switch (c)
            {
                case '\\': return Escape();
                case '[': return Class();
                case '(': return Group();
                case '.': return new Item(null, null);
                case '^' or '$': return new Item(null, null, ZeroWidth: true);
                case '*' or '+' or '?': throw new GiveUp(); // a quantifier with nothing before it
                default: return Literal(c);
            }
        }

        private Item Literal(char c) => !ignoreCase || Caseless(c) ? new Item(c.ToString(), null) : new Item(null, null);

        private Item Group()
        {
            bool zeroWidth = false;
            if (_i < pattern.Length && pattern[_i] == '?')
            {
                string rest = pattern[(_i + 1)..];
                if (rest.StartsWith(':') || rest.StartsWith('>')) _i += 2;
                else if (rest.StartsWith('=') || rest.StartsWith('!')) { _i += 2; zeroWidth = true; }
                else if (rest.StartsWith("<=") || rest.StartsWith("<!")) { _i += 3; zeroWidth = true; }
                else if (rest.StartsWith('#'))
                {
                    int close = pattern.IndexOf(')', _i);
                    if (close < 0) throw new GiveUp();
                    _i = close + 1;
                    return new Item(null, null, ZeroWidth: true);
                }
                else if (rest.StartsWith('<') || rest.StartsWith('\''))
                {
                    // A named (or balancing) group: the name, then the content.
                    int close = pattern.IndexOf(rest[0] == '<' ? '>' : '\'', _i + 2);
                    if (close < 0) throw new GiveUp();
                    _i = close + 1;
                }
                else throw new GiveUp(); // inline options, conditionals
            }
            var content = Branches();
            if (_i >= pattern.Length || pattern[_i] != ')') throw new GiveUp();
            _i++;
            if (zeroWidth) return new Item(null, null, ZeroWidth: true);
            // A group of one exact text is exact itself, so it joins the run around it (GI6005's (?<p>，)，+).
            return new Item(content.Exact, content.Needles);
        }

        private Item Escape()
        {
            if (_i >= pattern.Length) throw new GiveUp();
            char e = pattern[_i++];
            switch (e)
            {
                case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G': return new Item(null, null, ZeroWidth: true);
                case 'd' or 'D' or 'w' or 'W' or 's' or 'S': return new Item(null, null);
                case 'p' or 'P':
                    SkipPast('}');
                    return new Item(null, null);
                case 'k':
                    if (_i >= pattern.Length) throw new GiveUp();
                    SkipPast(pattern[_i] == '<' ? '>' : '\'');
                    return new Item(null, null);
                case >= '1' and <= '9':
                    while (_i < pattern.Length && char.IsAsciiDigit(pattern[_i])) _i++;
                    return new Item(null, null); // a backreference
                default: return Literal(EscapedCharacter(e, inClass: false));
            }
        }

        /// <summary>The character an escape that stands for one character means; gives up on any other escape.</summary>
        private char EscapedCharacter(char e, bool inClass)
        {
            switch (e)
            {
                case 'u': return Hex(4);
                case 'x': return Hex(2);
                case 't': return '\t';
                case 'n': return '\n';
                case 'r': return '\r';
                case 'f': return '\f';
                case 'v': return '\v';
                case 'a': return '\a';
                case 'e': return '\u001B';
                case 'b' when inClass: return '\b';
                case '0':
                    int value = 0;
                    for (int k = 0; k < 2 && _i < pattern.Length && pattern[_i] is >= '0' and <= '7'; k++) value = value * 8 + (pattern[_i++] - '0');
                    return (char)value;
                case 'c':
                    if (_i >= pattern.Length || !char.IsAsciiLetter(pattern[_i])) throw new GiveUp();
                    return (char)(char.ToUpperInvariant(pattern[_i++]) - '@');
                default:
                    if (char.IsAsciiLetterOrDigit(e)) throw new GiveUp();
                    return e;
            }
        }

        private char Hex(int digits)
        {
            if (_i + digits > pattern.Length) throw new GiveUp();
            char c = (char)Convert.ToInt32(pattern.Substring(_i, digits), 16);
            _i += digits;
            return c;
        }

        private void SkipPast(char close)
        {
            int at = pattern.IndexOf(close, _i);
            if (at < 0) throw new GiveUp();
            _i = at + 1;
        }

        /// <summary>A character class: its characters as one-character needles, or nothing for a negated, large or escape-class one.</summary>
        private Item Class()
        {
            bool negated = _i < pattern.Length && pattern[_i] == '^';
            if (negated) _i++;
            var members = new SortedSet<char>();
            bool known = !negated, first = true;
            while (true)
            {
                if (_i >= pattern.Length) throw new GiveUp();
                char c = pattern[_i++];
                if (c == ']' && !first) break;
                first = false;
                char low;
                if (c == '\\')
                {
                    if (_i >= pattern.Length) throw new GiveUp();
                    char e = pattern[_i++];
                    if (e is 'd' or 'D' or 'w' or 'W' or 's' or 'S') { known = false; continue; }
                    if (e is 'p' or 'P') { SkipPast('}'); known = false; continue; }
                    low = EscapedCharacter(e, inClass: true);
                }
                else if (c == '[') throw new GiveUp(); // [:…:] or a nested class
                else low = c;
                char high = low;
                if (_i + 1 < pattern.Length && pattern[_i] == '-' && pattern[_i + 1] != ']')
                {
                    _i++;
                    char h = pattern[_i++];
                    if (h == '[') throw new GiveUp(); // class subtraction
                    if (h == '\\')
                    {
                        if (_i >= pattern.Length) throw new GiveUp();
                        char e = pattern[_i++];
                        if (e is 'd' or 'D' or 'w' or 'W' or 's' or 'S' or 'p' or 'P') throw new GiveUp();
                        h = EscapedCharacter(e, inClass: true);
                    }
                    high = h;
                }
                if (!known || high - low >= MaxClassSize) { known = false; continue; }
                for (int k = low; k <= high; k++)
                {
                    if (ignoreCase && !Caseless((char)k)) { known = false; break; }
                    members.Add((char)k);
                }
                if (members.Count > MaxClassSize) known = false;
            }
            if (!known || members.Count == 0) return new Item(null, null);
            if (members.Count == 1) return new Item(members.Min.ToString(), null);
            return new Item(null, [.. members.Select(m => m.ToString())]);
        }

        /// <summary>The quantifier after an item as (minimum, maximum; -1 unbounded); (1, 1) when there is none.</summary>
        private (int Min, int Max) Quantifier()
        {
            if (_i >= pattern.Length) return (1, 1);
            char at = pattern[_i];
            (int, int)? q = at switch
            {
                '*' => (0, -1),
                '+' => (1, -1),
                '?' => (0, 1),
                '{' => Braces(),
                _ => null,
            };
            if (q is not { } quantifier) return (1, 1);
            if (at != '{') _i++; // Braces() consumed its own
            if (_i < pattern.Length && pattern[_i] == '?') _i++; // lazy
            if (_i < pattern.Length && pattern[_i] is '*' or '+' or '?' or '{') throw new GiveUp(); // nested quantifier
            return quantifier;
        }

        /// <summary>A <c>{n}</c>, <c>{n,}</c> or <c>{n,m}</c> at the reader (consumed), or null when the brace is a literal.</summary>
        private (int, int)? Braces()
        {
            // Read by hand, not by a regex: rules are compiled at start, where building a regex costs.
            int i = _i + 1;
            int min = Digits(ref i);
            if (min < 0) return null;
            int max = min;
            if (i < pattern.Length && pattern[i] == ',')
            {
                i++;
                max = i < pattern.Length && char.IsAsciiDigit(pattern[i]) ? Digits(ref i) : -1;
            }
            if (i >= pattern.Length || pattern[i] != '}') return null;
            _i = i + 1;
            return (min, max);
        }

        /// <summary>The number written at <paramref name="i"/> (moved past it), or -1 when there is none; gives up on a long one.</summary>
        private int Digits(ref int i)
        {
            int start = i, value = 0;
            while (i < pattern.Length && char.IsAsciiDigit(pattern[i]))
            {
                if (i - start >= 9) throw new GiveUp();
                value = value * 10 + (pattern[i++] - '0');
            }
            return i == start ? -1 : value;
        }
    }
}
