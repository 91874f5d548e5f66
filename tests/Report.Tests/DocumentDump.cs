using GovInfo.Report.Documents;

using GovInfo.Tests;

namespace GovInfo.Report.Tests;

/// <summary>Prints every block as <c>kind (line,col)-(line,col) text</c>, Markdig's position-test style.</summary>
public static class DocumentDump
{
    public static string Of(Document document)
    {
        var source = document.Source;
        string Range(Text.TextSpan span) => $"({source.GetLinePosition(span.Start).Line},{source.GetLinePosition(span.Start).Column})-({source.GetLinePosition(span.End).Line},{source.GetLinePosition(span.End).Column})";
        return string.Join("\n", document.Blocks.Select(block => block switch
        {
            TitleBlock t => $"title {Range(t.TextSpan)} {t.Text}",
            Heading h => $"heading{h.Level} {h.Syntax} {Range(h.TextSpan)} [{h.Numbering?.Text}] {h.Title}",
            Paragraph p => $"paragraph {Range(p.Span)} [{p.Numbering?.Text}] {p.Text.Replace("\n", "⏎").Replace("\r", "")}",
            ListItem l => $"item{l.Depth} {Range(l.TextSpan)} {l.Text}",
            Table t => $"table {t.Syntax} {Range(t.Span)} rows={t.Rows.Count} cells={string.Join(",", t.Rows.Select(r => r.Cells.Count))}",
            _ => block.GetType().Name,
        }));
    }
}
