using GovInfo.Report.Documents;

using GovInfo.Tests;

namespace GovInfo.Report.Tests;

/// <summary>
/// Prints every block as <c>kind (line,col)-(line,col) text</c>, Markdig's position-test style; with
/// <c>cells</c>, each table row and cell too (merged cells with their spans), and the directives.
/// Positions are lines and columns of the text the document was built over.
/// </summary>
public static class DocumentDump
{
    public static string Of(Document document, bool cells = false)
    {
        var source = document.Source;
        string Range(Text.TextSpan span) => $"({source.GetLinePosition(span.Start).Line},{source.GetLinePosition(span.Start).Column})-({source.GetLinePosition(span.End).Line},{source.GetLinePosition(span.End).Column})";
        var lines = new List<string>();
        foreach (var block in document.Blocks)
        {
            lines.Add(block switch
            {
                TitleBlock t => $"title {Range(t.TextSpan)} {t.Text}",
                Heading h => $"heading{h.Level} {h.Syntax} {Range(h.TextSpan)} [{h.Numbering?.Text}] {h.Title}",
                Paragraph p => $"paragraph {Range(p.Span)} [{p.Numbering?.Text}] {p.Text.Replace("\n", "⏎").Replace("\r", "")}",
                ListItem l => $"item{l.Depth} {Range(l.TextSpan)} {l.Text}",
                Table t => $"table {t.Syntax} {Range(t.Span)} rows={t.Rows.Count} cells={string.Join(",", t.Rows.Select(r => r.Cells.Count))}",
                _ => block.GetType().Name,
            });
            if (!cells || block is not Table table) continue;
            foreach (var row in table.Rows)
            {
                lines.Add($"  row {Range(row.Span)}");
                foreach (var cell in row.Cells)
                    lines.Add($"    cell {Range(cell.Span)} {cell.Value.Kind} {cell.Text}{(cell.RowSpan > 1 || cell.ColumnSpan > 1 ? $" ({cell.RowSpan}×{cell.ColumnSpan})" : "")}");
            }
        }
        if (cells)
            foreach (var directive in document.Directives)
                lines.Add($"directive {Range(directive.Span)} {directive.Kind} {string.Join(",", directive.Ids)}");
        return string.Join("\n", lines);
    }
}
