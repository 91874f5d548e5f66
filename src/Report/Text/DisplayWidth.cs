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
                >= '\u1100' and <= '\u115F' => 2,
                >= '\u2E80' and <= '\u303E' => 2,
                >= '\u3041' and <= '\u33FF' => 2,
                >= '\u3400' and <= '\u4DBF' => 2,
                >= '\u4E00' and <= '\u9FFF' => 2,
                >= '\uA000' and <= '\uA4CF' => 2,
                >= '\uAC00' and <= '\uD7A3' => 2,
                >= '\uF900' and <= '\uFAFF' => 2,
                >= '\uFE30' and <= '\uFE4F' => 2,
                >= '\uFF00' and <= '\uFF60' => 2,
                >= '\uFFE0' and <= '\uFFE6' => 2,
                _ => 1,
            };
        }
        return width;
    }
}
