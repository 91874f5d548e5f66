namespace GovInfo.Report.Text;

/// <summary>How many terminal columns text occupies: East Asian wide and full-width characters take two.</summary>
public static class DisplayWidth
{
    public const int TabWidth = 4;

    public static int Of(ReadOnlySpan<char> text)
    {
        int width = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                int code = char.ConvertToUtf32(c, text[++i]);
                width += code is >= 0x1F300 and <= 0x1FAFF or >= 0x20000 and <= 0x3FFFD ? 2 : 1;
                continue;
            }
            width += c switch
            {
                '\t' => TabWidth,
                < ' ' => 0,
                _ => IsWide(c) ? 2 : 1,
            };
        }
        return width;
    }

    /// <summary>Whether a character of the Basic Multilingual Plane is East Asian wide or full-width (Chinese characters and punctuation).</summary>
    public static bool IsWide(char c)
        => c switch
        {
            >= '\u1100' and <= '\u115F' => true,
            >= '\u2E80' and <= '\u303E' => true,
            >= '\u3041' and <= '\u33FF' => true,
            >= '\u3400' and <= '\u4DBF' => true,
            >= '\u4E00' and <= '\u9FFF' => true,
            >= '\uA000' and <= '\uA4CF' => true,
            >= '\uAC00' and <= '\uD7A3' => true,
            >= '\uF900' and <= '\uFAFF' => true,
            >= '\uFE30' and <= '\uFE4F' => true,
            >= '\uFF00' and <= '\uFF60' => true,
            >= '\uFFE0' and <= '\uFFE6' => true,
            _ => false,
        };
}
