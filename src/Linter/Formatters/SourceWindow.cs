using GovInfo.Report.Text;

namespace GovInfo.Linter.Formatters;

/// <summary>
/// A source line cut to a width in display columns (CJK characters count two, a tab <see cref="DisplayWidth.TabWidth"/>)
/// around a span, with a caret line under the span: neither line is wider than the width, so neither wraps.
/// </summary>
public static class SourceWindow
{
    private const string Ellipsis = "…";

    /// <summary>The part of <paramref name="text"/> shown and the underline of <c>[from, to)</c> in it, each at most <paramref name="columns"/> wide.</summary>
    public static (string Line, string Underline) Of(string text, int from, int to, int columns)
    {
        columns = Math.Max(columns, 8);
        from = Math.Clamp(from, 0, text.Length);
        to = Math.Clamp(to, from, text.Length);
        int[] width = Widths(text);
        int total = width.Sum();
        int start = 0, end = text.Length;
        // An empty span at the end of the line still takes a column for its caret.
        if (total + (from == text.Length ? 1 : 0) > columns)
        {
            int budget = columns - 2 * DisplayWidth.Of(Ellipsis);
            // The span first (as much of it as fits; an empty one shows the character at its place), then
            // a third of what is left before it (or all of the text before it, see below), the rest after it, and before it again if the line ends first.
            start = from;
            end = from;
            int used = 0;
            int spanEnd = Math.Max(to, Next(text, from));
            while (end < spanEnd && used + width[end] <= budget) { used += width[end]; end = Next(text, end); }
            if (end == from) used = 1;
            // Text before the span that takes at most half the room is shown whole, from the line's start.
            int left = Sum(width, 0, from) <= (budget - used) / 2 ? Sum(width, 0, from) : (budget - used) / 3;
            while (start > 0 && width[Previous(text, start)] <= left) { left -= width[Previous(text, start)]; used += width[Previous(text, start)]; start = Previous(text, start); }
            while (end < text.Length && used + width[end] <= budget) { used += width[end]; end = Next(text, end); }
            while (start > 0 && used + width[Previous(text, start)] <= budget) { used += width[Previous(text, start)]; start = Previous(text, start); }
        }
        string prefix = start > 0 ? Ellipsis : "", suffix = end < text.Length ? Ellipsis : "";
        string shown = prefix + Expand(text[start..end]) + suffix;
        int pad = DisplayWidth.Of(prefix) + Sum(width, start, from);
        int underline = Math.Max(1, Sum(width, from, Math.Min(to, end)));
        return (shown, new string(' ', pad) + "^" + new string('~', underline - 1));
    }

    /// <summary>Each character's display width; a surrogate pair's width is on its first half, 0 on the second.</summary>
    private static int[] Widths(string text)
    {
        var widths = new int[text.Length];
        for (int i = 0; i < text.Length; i = Next(text, i)) widths[i] = DisplayWidth.Of(text.AsSpan(i, Next(text, i) - i));
        return widths;
    }

    private static int Next(string text, int i)
        => i >= text.Length ? text.Length : char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? i + 2 : i + 1;

    private static int Previous(string text, int i)
        => i >= 2 && char.IsLowSurrogate(text[i - 1]) && char.IsHighSurrogate(text[i - 2]) ? i - 2 : i - 1;

    private static int Sum(int[] width, int from, int to)
    {
        int sum = 0;
        for (int i = from; i < to; i++) sum += width[i];
        return sum;
    }

    private static string Expand(string text) => text.Replace("\t", new string(' ', DisplayWidth.TabWidth));
}
