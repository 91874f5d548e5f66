using GovInfo.Report.Documents;
using GovInfo.Report.Template;

namespace GovInfo.Report.Binding;

/// <summary>
/// Finds the template's six parts among a document's headings (国办公开办函〔2021〕30号: 一、总体情况 …
/// 六、其他需要报告的事项), by official wording, by alias, or by a 一、…六、 number that continues the sequence.
/// Table rows never count: they are table cells, not headings.
/// </summary>
public sealed class SectionBinder(ReportTemplate template)
{
    // Folded once: every heading of every report is compared with them.
    private readonly (SectionDefinition Section, LabelNormalizer.Folded Title, LabelNormalizer.Folded[] Aliases)[] _names
        = [.. template.Sections.Select(s => (s, LabelNormalizer.Fold(s.Title), s.Aliases.Select(LabelNormalizer.Fold).ToArray()))];

    public IReadOnlyList<ReportSection> Bind(Document document)
    {
        var blocks = document.Blocks;
        var starts = new List<(int Index, SectionDefinition Section, SectionMatch Match)>();
        int lastNumber = 0;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not Heading heading) continue;
            var found = Match(heading, lastNumber, starts);
            if (found is not { } match) continue;
            starts.Add((i, match.Section, match.Kind));
            lastNumber = match.Section.Number;
        }

        var result = new List<ReportSection>(template.Sections.Count);
        foreach (var definition in template.Sections)
        {
            var headings = new List<Heading>();
            var content = new List<Block>();
            SectionMatch? match = null;
            for (int k = 0; k < starts.Count; k++)
            {
                var start = starts[k];
                if (start.Section != definition) continue;
                match ??= start.Match;
                headings.Add((Heading)blocks[start.Index]);
                int end = k + 1 < starts.Count ? starts[k + 1].Index : blocks.Count;
                for (int i = start.Index + 1; i < end; i++) content.Add(blocks[i]);
            }
            // A duplicate heading is itself content of the section it repeats.
            var contentWithDuplicates = headings.Count <= 1 && InOrder(content) ? content : content.Concat(headings.Skip(1)).OrderBy(b => b.Span.Start).ToList();
            result.Add(new ReportSection(definition, headings, match, contentWithDuplicates));
        }
        return result;
    }

    /// <summary>Whether the blocks are already in the order sorting them by start would give (a stable sort keeps equal starts as they are).</summary>
    private static bool InOrder(List<Block> blocks)
    {
        for (int i = 1; i < blocks.Count; i++)
            if (blocks[i].Span.Start < blocks[i - 1].Span.Start) return false;
        return true;
    }

    private (SectionDefinition Section, SectionMatch Kind)? Match(Heading heading, int lastNumber, List<(int Index, SectionDefinition Section, SectionMatch Match)> seen)
    {
        var title = LabelNormalizer.Fold(heading.Title);
        foreach (var (section, official, _) in _names)
            if (LabelNormalizer.Matches(title, official)) return (section, SectionMatch.Official);
        foreach (var (section, _, aliases) in _names)
            foreach (var alias in aliases)
                if (LabelNormalizer.Matches(title, alias)) return (section, SectionMatch.Alias);

        if (heading.Numbering is { Style: NumberingStyle.ChineseComma } numbering && numbering.Value == lastNumber + 1)
        {
            var byNumber = template.Sections.FirstOrDefault(s => s.Number == numbering.Value);
            if (byNumber is not null && !seen.Exists(s => s.Section == byNumber)) return (byNumber, SectionMatch.NumberOnly);
        }
        return null;
    }
}
