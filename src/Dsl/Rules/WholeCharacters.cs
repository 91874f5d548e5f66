using GovInfo.Report.Text;

namespace GovInfo.Dsl.Rules;

/// <summary>
/// Whether a fix keeps characters whole: it neither starts nor ends between the two UTF-16 halves of a character
/// outside the BMP (𠀀), nor writes half of one. Such a fix cannot be encoded back into the file without putting
/// U+FFFD over a neighbour, so it is never offered or applied.
/// </summary>
public static class WholeCharacters
{
    /// <summary>The message a finding carries instead of a fix that would split a character.</summary>
    public const string FixRefused = "（自动修复未提供：它会把一个字符从中间拆开）";

    /// <summary>Whether replacing <paramref name="span"/> of <paramref name="text"/> with <paramref name="replacement"/> keeps every character whole.</summary>
    public static bool Keeps(string text, TextSpan span, string replacement)
        => !SplitsAt(text, span.Start) && !SplitsAt(text, span.End) && !HasHalfCharacter(replacement);

    /// <summary>Whether <paramref name="offset"/> falls between a high and a low surrogate.</summary>
    private static bool SplitsAt(string text, int offset)
        => offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]);

    private static bool HasHalfCharacter(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            else if (char.IsSurrogate(s[i])) return true;
        }
        return false;
    }
}
