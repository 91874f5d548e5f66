using GovInfo.Report.Documents;
using GovInfo.Report.Text;

namespace GovInfo.Report.Reading;

/// <summary>
/// Finds a table's header cells that text extraction left above its rows as short lines of words run together
/// (<c>结果结果其他尚未</c>, <c>总计总计</c>): a paragraph that ends on the line just before a table, without
/// numbering, whose every line is short and holds no punctuation. It is <see cref="ChromeKind.TableHeader"/>, not prose.
/// </summary>
public static class TableHeaderFragments
{
    /// <summary>A header fragment line is at most this long (in characters): a few cells' labels.</summary>
    public const int MaxLineLength = 24;

    private const string Punctuation = "。，；：！？、,;:!?“”《》";

    /// <summary>Replaces each such paragraph in <paramref name="blocks"/> (in document order) with chrome.</summary>
    public static void Mark(SourceText source, List<Block> blocks)
    {
        for (int k = 1; k < blocks.Count; k++)
        {
            if (blocks[k] is not Table table || blocks[k - 1] is not Paragraph { Numbering: null } paragraph) continue;
            int lastLine = source.GetLinePosition(paragraph.Span.End).Line;
            if (source.GetLinePosition(table.Span.Start).Line != lastLine + 1 || !AllShortWords(source, paragraph.Span)) continue;
            blocks[k - 1] = new Chrome(paragraph.Span, ChromeKind.TableHeader);
        }
    }

    private static bool AllShortWords(SourceText source, TextSpan span)
    {
        foreach (var line in source[span].Split('\n'))
        {
            var s = line.AsSpan().Trim();
            if (s.Length > MaxLineLength || s.IndexOfAny(Punctuation) >= 0) return false;
        }
        return true;
    }
}
