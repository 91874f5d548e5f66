using System.Text.Json;
using GovInfo.Report.Documents;

namespace GovInfo.Serve;

/// <summary>The blocks of a document as the page draws them: kind and offsets, tables as rows of the cells that are not covered by a merged one.</summary>
public static class BlockJson
{
    public static void WriteBlocks(Utf8JsonWriter json, Document document)
    {
        json.WriteStartArray("blocks");
        foreach (var block in document.Blocks)
        {
            json.WriteStartObject();
            json.WriteString("kind", block switch
            {
                TitleBlock => "title",
                Heading => "heading",
                ListItem => "item",
                Table => "table",
                Chrome => "chrome",
                _ => "paragraph",
            });
            // Headings, titles and list items without their markup (# , - ): what an editor wrote.
            var span = block switch
            {
                TitleBlock { IsContiguous: true } title => title.TextSpan,
                Heading h => h.TextSpan,
                ListItem i => i.TextSpan,
                _ => block.Span,
            };
            json.WriteNumber("start", span.Start);
            json.WriteNumber("end", span.End);
            if (block is Heading heading) json.WriteNumber("level", heading.Level);
            if (block is Table table) WriteRows(json, table);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteRows(Utf8JsonWriter json, Table table)
    {
        var covered = new HashSet<(int Row, int Column)>();
        json.WriteStartArray("rows");
        for (int r = 0; r < table.Rows.Count; r++)
        {
            json.WriteStartArray();
            var cells = table.Rows[r].Cells;
            for (int c = 0; c < cells.Count; c++)
            {
                if (covered.Contains((r, c))) continue;
                var cell = cells[c];
                for (int dr = 0; dr < cell.RowSpan; dr++)
                    for (int dc = 0; dc < cell.ColumnSpan; dc++)
                        if (dr > 0 || dc > 0) covered.Add((r + dr, c + dc));
                json.WriteStartObject();
                json.WriteNumber("start", cell.Span.Start);
                json.WriteNumber("end", cell.Span.End);
                if (cell.RowSpan > 1) json.WriteNumber("rowSpan", cell.RowSpan);
                if (cell.ColumnSpan > 1) json.WriteNumber("colSpan", cell.ColumnSpan);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }
}
