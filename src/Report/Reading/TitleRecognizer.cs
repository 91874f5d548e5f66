using GovInfo.Report.Documents;
using GovInfo.Report.Text;

namespace GovInfo.Report.Reading;

/// <summary>Finds the report's title line among the first blocks, before the first numbered part.</summary>
public static class TitleRecognizer
{
    private const int MaxTitleLength = 80;

    public static void Apply(SourceText source, List<Block> blocks)
    {
        for (int i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block is Heading { Numbering: not null } || block is Table) return;
            var content = block switch
            {
                Heading h => h.TextSpan,
                Paragraph p when !p.Text.Contains('\n') => source.Trim(p.Span),
                _ => (TextSpan?)null,
            };
            if (content is not { } span || span.Length > MaxTitleLength) continue;
            string text = source[span];
            if (!text.Contains("报告")) continue;
            blocks[i] = new TitleBlock(block.Span, span, text);
            return;
        }
    }
}
