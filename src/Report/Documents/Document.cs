using GovInfo.Report.Text;

namespace GovInfo.Report.Documents;

/// <summary>A report as read from its source: the blocks in order, each with its span, before the template is applied.</summary>
public sealed class Document(SourceText source, string format, IReadOnlyList<Block> blocks, IReadOnlyList<Directive> directives)
{
    public SourceText Source { get; } = source;

    /// <summary>The format it was read from, such as <c>text</c>, <c>markdown</c>, <c>docx</c> or <c>html</c>.</summary>
    public string Format { get; } = format;

    public IReadOnlyList<Block> Blocks { get; } = blocks;

    /// <summary>The comments addressed to govlint (suppressions, test expectations) in document order; not blocks of the report.</summary>
    public IReadOnlyList<Directive> Directives { get; } = directives;

    public TitleBlock? Title { get; } = blocks.OfType<TitleBlock>().FirstOrDefault();

    public IEnumerable<Heading> Headings => Blocks.OfType<Heading>();

    public IEnumerable<Table> Tables => Blocks.OfType<Table>();
}
