using GovInfo.Report.Documents;
using GovInfo.Report.Template;
using GovInfo.Report.Text;

namespace GovInfo.Report.Binding;

/// <summary>How a heading was recognised as an official section.</summary>
public enum SectionMatch
{
    /// <summary>The template's own wording.</summary>
    Official,
    /// <summary>A wording listed among the template's aliases (older or common variants).</summary>
    Alias,
    /// <summary>Only its 一、…六、 number, in sequence, identifies it.</summary>
    NumberOnly,
}

/// <summary>One of the template's sections as found in a report, or missing from it.</summary>
public sealed class ReportSection(SectionDefinition definition, IReadOnlyList<Heading> headings, SectionMatch? match, IReadOnlyList<Block> blocks)
{
    public SectionDefinition Definition { get; } = definition;

    /// <summary>Every heading bound to this section in document order; more than one means duplicates.</summary>
    public IReadOnlyList<Heading> Headings { get; } = headings;

    public Heading? Heading => Headings.Count > 0 ? Headings[0] : null;

    /// <summary>How the first heading matched; null when the section is missing.</summary>
    public SectionMatch? Match { get; } = match;

    /// <summary>The blocks after the section's heading(s) up to the next official section, headings of sub-parts included.</summary>
    public IReadOnlyList<Block> Blocks { get; } = blocks;

    public bool IsFound => Headings.Count > 0;

    /// <summary>From the first heading to the end of the section's last block.</summary>
    public TextSpan? Span => Heading is { } h ? Blocks.Aggregate(h.Span, (span, b) => span.Cover(b.Span)) : null;

    public override string ToString() => Definition.OfficialHeading;
}
