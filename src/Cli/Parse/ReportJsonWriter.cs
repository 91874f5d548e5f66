using System.Text.Json;
using GovInfo.Report.Binding;
using GovInfo.Report.Documents;
using GovInfo.Report.Json;
using GovInfo.Report.Text;

namespace GovInfo.Cli.Parse;

/// <summary>Writes bound reports as JSON (documented in docs/parse-json.md); positions are 1-based line and UTF-16 column.</summary>
public static class ReportJsonWriter
{
    /// <summary>One report gives one object; several give an array of them.</summary>
    public static void Write(IReadOnlyList<Report.Binding.Report> reports, TextWriter output)
    {
        JsonText.WriteTo(output, json =>
        {
            if (reports.Count == 1) WriteReport(json, reports[0]);
            else
            {
                json.WriteStartArray();
                foreach (var report in reports) WriteReport(json, report);
                json.WriteEndArray();
            }
        });
    }

    private static void WriteReport(Utf8JsonWriter json, Report.Binding.Report report)
    {
        var source = report.Document.Source;
        json.WriteStartObject();
        json.WriteString("file", source.Path);
        json.WriteString("reader", report.Document.Format);
        json.WriteString("encoding", source.Encoding.WebName);
        // Say when line numbers count .docx paragraphs rather than lines.
        if (source.Scheme.MachineName() is { } scheme) json.WriteString("positionScheme", scheme);
        json.WriteString("template", report.Template.Id);
        WriteTitle(json, source, report.Title);
        json.WriteStartArray("sections");
        foreach (var section in report.Sections) WriteSection(json, source, section);
        json.WriteEndArray();
        json.WriteStartArray("tables");
        foreach (var table in report.Tables) WriteTable(json, source, table);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTitle(Utf8JsonWriter json, SourceText source, ReportTitle? title)
    {
        if (title is null)
        {
            json.WriteNull("title");
            return;
        }
        json.WriteStartObject("title");
        json.WriteString("text", title.Block.Text);
        JsonText.WriteRange(json, source, title.Block.TextSpan);
        if (title.Issuer is null) json.WriteNull("issuer"); else json.WriteString("issuer", title.Issuer);
        if (title.Year is { } year) json.WriteNumber("year", year); else json.WriteNull("year");
        json.WriteEndObject();
    }

    private static void WriteSection(Utf8JsonWriter json, SourceText source, ReportSection section)
    {
        json.WriteStartObject();
        json.WriteString("key", section.Definition.Key);
        json.WriteString("heading", section.Definition.OfficialHeading);
        json.WriteBoolean("found", section.IsFound);
        if (section.IsFound)
        {
            json.WriteString("match", section.Match.ToString()!.ToLowerInvariant());
            JsonText.WriteRange(json, source, section.Span!.Value);
            json.WriteStartArray("headings");
            foreach (var heading in section.Headings)
            {
                json.WriteStartObject();
                json.WriteString("text", heading.Text);
                JsonText.WriteRange(json, source, heading.TextSpan);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WriteTable(Utf8JsonWriter json, SourceText source, BoundTable table)
    {
        json.WriteStartObject();
        json.WriteString("key", table.Definition.Key);
        json.WriteString("title", table.Definition.Title);
        json.WriteBoolean("found", table.IsFound);
        if (table.IsFound)
        {
            if (table.FoundIn is { } section) json.WriteString("section", section.Definition.Key); else json.WriteNull("section");
            JsonText.WriteRange(json, source, table.Source!.Span);
            json.WriteStartArray("cells");
            foreach (var cell in table.Cells) WriteCell(json, source, cell);
            json.WriteEndArray();
            WriteNames(json, "missingRows", table.MissingRows.Select(r => r.Path));
            WriteNames(json, "missingColumns", table.MissingColumns.Select(c => c.Path));
            json.WriteStartArray("unboundRows");
            foreach (var unbound in table.UnboundRows)
            {
                json.WriteStartObject();
                json.WriteNumber("line", source.Locate(unbound.Row.Span.Start).Line);
                json.WriteString("reason", unbound.Reason.ToString().ToLowerInvariant());
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WriteCell(Utf8JsonWriter json, SourceText source, BoundCell cell)
    {
        json.WriteStartObject();
        json.WriteString("rowKey", cell.Row.Path);
        json.WriteString("rowLabel", cell.Row.Label);
        json.WriteString("columnKey", cell.Column.Path);
        json.WriteString("columnLabel", cell.Column.Label);
        if (cell.Cell is { } c)
        {
            json.WriteString("text", c.Text);
            json.WriteString("kind", c.Value.Kind.ToString().ToLowerInvariant());
            if (c.Value.Number is { } n) json.WriteNumber("value", n); else json.WriteNull("value");
            JsonText.WriteRange(json, source, c.Span);
        }
        else
        {
            json.WriteString("kind", "missing");
            json.WriteNumber("line", source.Locate(cell.SourceRow.Span.Start).Line);
        }
        json.WriteEndObject();
    }

    private static void WriteNames(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) json.WriteStringValue(v);
        json.WriteEndArray();
    }
}
