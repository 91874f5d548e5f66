using System.Text;

namespace GovInfo.Report.Text;

/// <summary>
/// Folds full-width forms (ＡＢＣ ０-９ （ ） ： ， ．, U+FF01–U+FF5E) and the ideographic space to
/// their ASCII counterparts, one character for one, so offsets are preserved. This is the part of
/// NFKC that reports need, and it works under invariant globalization, where NFKC is unavailable.
/// </summary>
public static class WidthFolding
{
    public static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    public static string Fold(string text)
    {
        int i = 0;
        while (i < text.Length && Fold(text[i]) == text[i]) i++;
        if (i == text.Length) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, i);
        for (; i < text.Length; i++) sb.Append(Fold(text[i]));
        return sb.ToString();
    }
}
