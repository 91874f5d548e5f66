using GovInfo.Report.Text;

namespace GovInfo.Cli.Parse;

/// <summary>
/// What <c>govlint parse --format text</c> prints: the text govlint checks, or for a PDF the lines it read,
/// page by page, as its positions (第N页:行:列) count them.
/// </summary>
public static class ReadTextWriter
{
    public static void Write(SourceText source, TextWriter output)
    {
        if (source.Map is not { Scheme: PositionScheme.Pages } map)
        {
            output.Write(source.Text);
            return;
        }
        foreach (var (page, first, last) in map.Pages())
        {
            output.WriteLine($"—— 第 {page} 页 ——");
            for (int line = first; line <= last; line++) output.WriteLine(map.Original.GetLine(line));
        }
    }
}
