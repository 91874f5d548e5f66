using GovInfo.Report.Text;

namespace GovInfo.Report.Reading;

/// <summary>
/// The wordings of a template's part titles (official titles and aliases, such as 总体情况), which tell a reader
/// where a heading written inside a line of running text ends. The template supplies them; none is built in.
/// </summary>
public sealed class HeadingVocabulary
{
    private readonly string[] _titles;

    /// <param name="titles">The wordings, compared with blanks left out and full-width forms folded.</param>
    public HeadingVocabulary(IEnumerable<string> titles)
        => _titles = [.. titles.Select(Fold).Where(t => t.Length > 0).Distinct().OrderByDescending(t => t.Length)];

    /// <summary>No wordings: headings inside a line are found by their numbering alone.</summary>
    public static HeadingVocabulary None { get; } = new([]);

    /// <summary>
    /// Where the longest wording that <paramref name="text"/> starts with at <paramref name="start"/> ends (blanks
    /// inside it and full-width forms allowed), no further than <paramref name="limit"/>; -1 when none does.
    /// </summary>
    public int MatchEnd(string text, int start, int limit)
    {
        foreach (var title in _titles)
        {
            int i = start, k = 0;
            while (k < title.Length && i < limit)
            {
                char c = text[i];
                if (IsBlank(c) && i > start) { i++; continue; }
                if (WidthFolding.Fold(c) != title[k]) break;
                i++;
                k++;
            }
            if (k == title.Length) return i;
        }
        return -1;
    }

    private static string Fold(string title) => string.Concat(WidthFolding.Fold(title).Where(c => !IsBlank(c)));

    private static bool IsBlank(char c) => c is ' ' or '\t' or '\u3000';
}
