using System.Text;
using GovInfo.Report.Caching;
using GovInfo.Report.Text;
using System.Text.RegularExpressions;

namespace GovInfo.Report.Template;

/// <summary>
/// Folds a table or heading label to a comparable form: full-width to half-width, no blanks,
/// no quotes, no numbering prefix (一、 （一） 1. ①), no trailing punctuation.
/// </summary>
public static partial class LabelNormalizer
{
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}[、.,]|\((?:[一二三四五六七八九十]{1,3}|\d{1,2})\)|\d{1,2}(?:[、,]|\.(?!\d))|[①-⑳])")]
    private static partial Regex NumberingPrefix();

    [GeneratedRegex(@"\([^()]*\)$")]
    private static partial Regex TrailingNote();

    private static readonly char[] Pauses = [',', '、'];

    public static string Normalize(string label)
    {
        var s = WidthFolding.Fold(label);
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c) || c is '“' or '”' or '"' or '‘' or '’' or '\'' or '「' or '」' or '*' or '#') continue;
            sb.Append(c);
        }
        s = sb.ToString();
        for (var m = NumberingPrefix().Match(s); m.Success && m.Length < s.Length; m = NumberingPrefix().Match(s))
            s = s[m.Length..];
        s = s.TrimEnd('。', '.', ':', ';', ',', '、');
        // Pauses inside a label are written 、 or , (a PDF converter's half-width comma): neither tells labels apart.
        return s.IndexOfAny(Pauses) < 0 ? s : string.Concat(s.Where(c => Array.IndexOf(Pauses, c) < 0));
    }

    /// <summary>The normalized label without a trailing parenthetical note, e.g. 部分公开(区分处理的…) → 部分公开.</summary>
    public static string WithoutNote(string normalized)
    {
        var stripped = TrailingNote().Replace(normalized, "");
        return stripped.Length > 0 ? stripped : normalized;
    }

    /// <summary>A label folded once for repeated comparison: normalized, and without its trailing note.</summary>
    public readonly record struct Folded(string Full, string WithoutNote);

    /// <summary>
    /// Labels folded so far, by their exact text, for the whole process: reports repeat the same few hundred labels,
    /// and folding each once saves the regex work on every later report. Keys are report text, hence the bound.
    /// </summary>
    private static readonly BoundedCache<string, Folded> Folds = new(FoldCapacity, StringComparer.Ordinal);

    /// <summary>The most labels kept folded (a report has a few hundred label cells, most shared with other reports).</summary>
    public const int FoldCapacity = 200_000;

    public static Folded Fold(string label) => Folds.GetOrAdd(label, static l =>
    {
        string full = Normalize(l);
        return new Folded(full, WithoutNote(full));
    });

    /// <summary>Whether <paramref name="text"/> reads as <paramref name="name"/>, with or without a trailing note on either.</summary>
    public static bool Matches(string text, string name) => Matches(Fold(text), Fold(name));

    public static bool Matches(Folded text, Folded name)
        => text.Full.Length > 0 && (text.Full == name.Full || text.WithoutNote == name.Full || text.Full == name.WithoutNote || text.WithoutNote == name.WithoutNote);
}
