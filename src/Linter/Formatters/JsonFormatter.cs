using System.Text.Encodings.Web;
using System.Text.Json;
using GovInfo.Linter.Engine;
using GovInfo.Report.Text;

namespace GovInfo.Linter.Formatters;

/// <summary>One JSON object per diagnostic, in an array (documented in docs/lint-json.md).</summary>
public sealed class JsonFormatter : IDiagnosticFormatter
{
    public string Name => "json";

    public void Write(LintRun run, TextWriter output, FormatterOptions options)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var file in run.Files)
            {
                if (file.Error is not null)
                {
                    json.WriteStartObject();
                    json.WriteString("file", SeverityNames.DisplayPath(file.Path));
                    json.WriteString("error", file.Error);
                    json.WriteEndObject();
                }
                foreach (var d in file.Diagnostics) WriteDiagnostic(json, d);
            }
            json.WriteEndArray();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic d)
    {
        json.WriteStartObject();
        json.WriteString("file", SeverityNames.DisplayPath(d.Path));
        json.WriteString("ruleId", d.Id);
        json.WriteString("severity", SeverityNames.Lower(d.Severity));
        json.WriteString("title", d.Rule.Title);
        json.WriteString("category", d.Rule.Category);
        json.WriteString("message", d.Message);
        WriteRange(json, d.Source, d.Span);
        json.WriteString("text", d.Source[d.Span]);
        json.WriteStartArray("related");
        foreach (var related in d.Related)
        {
            json.WriteStartObject();
            WriteRange(json, d.Source, related);
            json.WriteString("text", d.Source[related]);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (d.Fix is { } fix)
        {
            json.WriteStartObject("fix");
            WriteRange(json, d.Source, fix.Span);
            json.WriteString("replacement", fix.Replacement);
            json.WriteEndObject();
        }
        if (d.Rule.HelpUri is { } help) json.WriteString("helpUri", help);
        json.WriteEndObject();
    }

    private static void WriteRange(Utf8JsonWriter json, SourceText source, TextSpan span)
    {
        var start = source.GetLinePosition(span.Start);
        var end = source.GetLinePosition(span.End);
        json.WriteNumber("line", start.Line);
        json.WriteNumber("column", start.Column);
        json.WriteNumber("endLine", end.Line);
        json.WriteNumber("endColumn", end.Column);
    }
}
