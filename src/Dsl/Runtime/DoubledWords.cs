namespace GovInfo.Dsl.Runtime;

/// <summary>
/// Finds words written twice in a row (的的, 审核审核) in one pass over the text, without a backreference regex: at
/// each place it compares at most <see cref="MaxWordLength"/> + 1 candidate words of at most that many characters,
/// so its work is linear in the text whatever the text is.
/// </summary>
/// <remarks>
/// At each place, from left to right: first a single character of the single-character class written twice (的的),
/// unless the two characters after it are another doubled character of the word class (的的确确, an AABB
/// reduplication); then a word of <c>maxLength</c> down to 2 characters of the word class written twice (审核审核).
/// A doubled word found, the search goes on after it. This is what the regex
/// <c>(?&lt;w&gt;[single])\k&lt;w&gt;(?!(?&lt;y&gt;[word])\k&lt;y&gt;)|(?&lt;w&gt;[word]{2,max})\k&lt;w&gt;</c> finds, in linear time.
/// </remarks>
public static class DoubledWords
{
    /// <summary>The longest word looked for (the work per place grows with its square).</summary>
    public const int MaxWordLength = 8;

    /// <summary>
    /// Every doubled word in <paramref name="text"/>, as (start, length of one copy), in order and not overlapping.
    /// Each place examined is one step of <paramref name="context"/>'s budget (<see cref="EvalContext.Step"/>).
    /// </summary>
    public static List<(int Start, int WordLength)> Find(ReadOnlySpan<char> text, Func<char, bool> isSingle, Func<char, bool> isWordCharacter,
        int maxLength, EvalContext context)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxLength, MaxWordLength);
        var found = new List<(int, int)>();
        int i = 0;
        while (i + 1 < text.Length)
        {
            context.Step();
            int length = WordDoubledAt(text, i, isSingle, isWordCharacter, maxLength);
            if (length == 0)
            {
                i++;
                continue;
            }
            found.Add((i, length));
            i += 2 * length;
        }
        return found;
    }

    /// <summary>The length of the word written twice at <paramref name="i"/>, or 0 when there is none.</summary>
    private static int WordDoubledAt(ReadOnlySpan<char> text, int i, Func<char, bool> isSingle, Func<char, bool> isWordCharacter, int maxLength)
    {
        char c = text[i];
        if (text[i + 1] == c && isSingle(c) && !IsDoubledCharacter(text, i + 2, isWordCharacter)) return 1;
        // Longest first; a word written twice has its first character again right after it, which rules out most
        // places with one comparison before any character class is asked.
        for (int length = Math.Min(maxLength, (text.Length - i) / 2); length >= 2; length--)
            if (text[i + length] == c && text.Slice(i, length).SequenceEqual(text.Slice(i + length, length)) && AllOf(text.Slice(i, length), isWordCharacter))
                return length;
        return 0;
    }

    private static bool AllOf(ReadOnlySpan<char> word, Func<char, bool> isWordCharacter)
    {
        foreach (char c in word)
            if (!isWordCharacter(c)) return false;
        return true;
    }

    /// <summary>Whether a character of the word class written twice starts at <paramref name="i"/>.</summary>
    private static bool IsDoubledCharacter(ReadOnlySpan<char> text, int i, Func<char, bool> isWordCharacter)
        => i + 1 < text.Length && text[i + 1] == text[i] && isWordCharacter(text[i]);
}
