using GovInfo.Report.Documents;
using GovInfo.Report.Text;

namespace GovInfo.Report.Reading;

/// <summary>
/// Reads lines of running text into blocks (<see cref="RunningText"/>): a line with Markdown <c>#</c> markers or a
/// short numbered line is a heading, a bulleted line an item; page numbers, lines repeated at page breaks, a
/// crawler's header and a portal's breadcrumbs are <see cref="Chrome"/>; other lines join into paragraphs until a
/// sentence end, a colon, a blank line (unless a page break split a sentence there) or a line that starts a block,
/// and each paragraph is split around the headings written inside it (<see cref="InlineHeadings"/>).
/// </summary>
public sealed class RunningTextReader(SourceText source, HeadingVocabulary headings)
{
    private HashSet<string>? _runningHeaders; // ordinal, so that it is looked up by a line's characters

    /// <summary>Reads lines <paramref name="first"/> to <paramref name="last"/> (1-based, inclusive) into blocks.</summary>
    public void Read(int first, int last, List<Block> blocks)
    {
        string text = source.Text;
        int i = first;
        if (first == 1) i = ReadHeader(last, blocks) + 1;
        while (i <= last)
        {
            var line = source.GetLineSpan(i);
            if (RunningText.IsBlank(text, line) || RunningText.IsComment(text, line)) { i++; continue; }
            if (ChromeOf(line) is { } kind)
            {
                blocks.Add(new Chrome(source.Trim(line), kind));
                i++;
                continue;
            }

            Block? single = (Block?)HeadingRecognizer.ReadAtx(source, line) ?? (Block?)RunningText.ReadBullet(source, line) ?? HeadingRecognizer.ReadNumbered(source, line);
            if (single is not null)
            {
                blocks.Add(single);
                i++;
                continue;
            }

            int start = line.Start;
            int crumbs = PageChrome.BreadcrumbEnd(text, line);
            if (crumbs >= 0)
            {
                blocks.Add(new Chrome(source.Trim(TextSpan.FromBounds(line.Start, crumbs)), ChromeKind.Breadcrumb));
                start = crumbs;
                if (source.Trim(TextSpan.FromBounds(start, line.End)).Length == 0) { i++; continue; }
            }
            while (true)
            {
                while (i < last && RunningText.ContinuesParagraph(source, source.GetLineSpan(i), source.GetLineSpan(i + 1)) && ChromeOf(source.GetLineSpan(i + 1)) is null) i++;
                int next = i + 1;
                while (next <= last && RunningText.IsBlank(text, source.GetLineSpan(next))) next++;
                if (next == i + 1 || next > last || ChromeOf(source.GetLineSpan(next)) is not null
                    || !RunningText.ContinuesAcrossBlankLines(source, TextSpan.FromBounds(start, source.GetLineSpan(i).End), source.GetLineSpan(next))) break;
                i = next;
            }
            InlineHeadings.Read(source, TextSpan.FromBounds(start, source.GetLineSpan(i).End), headings, blocks);
            i++;
        }
    }

    /// <summary>Reads the header the text starts with (<see cref="PageChrome.HeaderEnd"/>): its title field as a paragraph for the title to be found in, the rest as chrome; returns its last line (0 when there is none).</summary>
    private int ReadHeader(int last, List<Block> blocks)
    {
        int end = PageChrome.HeaderEnd(source, last);
        int runStart = 0;
        for (int line = 1; line <= end + 1; line++)
        {
            var span = line <= end ? source.GetLineSpan(line) : default;
            bool title = line <= end && PageChrome.IsTitleField(source.Text, span);
            if ((line > end || title) && runStart > 0)
            {
                var run = source.Trim(source.GetLineSpan(runStart).Cover(source.GetLineSpan(line - 1)));
                if (run.Length > 0) blocks.Add(new Chrome(run, ChromeKind.Metadata));
                runStart = 0;
            }
            if (title) blocks.Add(ParagraphReader.Create(source, span));
            else if (line <= end && runStart == 0) runStart = line;
        }
        return end;
    }

    private ChromeKind? ChromeOf(TextSpan line)
    {
        if (PageChrome.IsPageFooter(source.Text, line)) return ChromeKind.PageFooter;
        _runningHeaders ??= PageChrome.RunningHeaders(source);
        if (_runningHeaders.Count == 0) return null;
        var trimmed = source.Trim(line);
        return _runningHeaders.GetAlternateLookup<ReadOnlySpan<char>>().Contains(source.Text.AsSpan(trimmed.Start, trimmed.Length)) ? ChromeKind.RunningHeader : null;
    }
}
