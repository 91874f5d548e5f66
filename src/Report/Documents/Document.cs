using GovInfo.Report.Text;

namespace GovInfo.Report.Documents;

/// <summary>A report as read from its source: the blocks in order, each with its span, before the template is applied.</summary>
public sealed class Document(SourceText source, string format, IReadOnlyList<Block> blocks)
{
    public SourceText Source { get; } = source;

    /// <summary>The reader that produced it, such as <c>text</c> or <c>markdown</c>.</summary>
    public string Format { get; } = format;

    public IReadOnlyList<Block> Blocks { get; } = blocks;

    public TitleBlock? Title { get; } = blocks.OfType<TitleBlock>().FirstOrDefault();

    public IEnumerable<Heading> Headings => Blocks.OfType<Heading>();

    public IEnumerable<Table> Tables => Blocks.OfType<Table>();
}
