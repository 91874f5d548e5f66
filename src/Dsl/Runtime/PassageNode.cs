using GovInfo.Report.Documents;
using GovInfo.Report.Text;

namespace GovInfo.Dsl.Runtime;

/// <summary>
/// A stretch of the report's own words, as the <c>passage</c> scope hands it to rules: the title (each line of a
/// wrapped one), a heading, a paragraph, a list item or a table cell that holds text (a label), in document order.
/// <see cref="Display"/> is the part's text as the model holds it, shown where a message names the passage.
/// </summary>
public sealed record PassageNode(object Part, string Kind, TextSpan Span, string Display)
{
    /// <summary>The passages of a document: its blocks' text in order; in tables, the text cells row by row.</summary>
    public static IReadOnlyList<PassageNode> Of(Document document)
    {
        var passages = new List<PassageNode>();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case TitleBlock title:
                    foreach (var piece in title.Pieces) passages.Add(new PassageNode(title, "title", piece, title.Text));
                    break;
                case Heading heading:
                    passages.Add(new PassageNode(heading, "heading", heading.TextSpan, heading.Text));
                    break;
                case Paragraph paragraph:
                    passages.Add(new PassageNode(paragraph, "paragraph", paragraph.Span, paragraph.Text));
                    break;
                case ListItem item:
                    passages.Add(new PassageNode(item, "item", item.TextSpan, item.Text));
                    break;
                case Table table:
                    foreach (var row in table.Rows)
                        foreach (var cell in row.Cells)
                            if (cell.Value.Kind == CellValueKind.Text) passages.Add(new PassageNode(cell, "cell", cell.Span, cell.Text));
                    break;
            }
        }
        return passages;
    }
}
