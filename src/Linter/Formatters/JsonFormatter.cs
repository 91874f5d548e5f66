using System.Text.Json;
using GovInfo.Linter.Diagnostics;
using GovInfo.Linter.Engine;
using GovInfo.Report.Json;
using GovInfo.Report.Text;

namespace GovInfo.Linter.Formatters;

/// <summary>One JSON object per diagnostic, in an array (documented in docs/lint-json.md).</summary>
public sealed class JsonFormatter : IDiagnosticFormatter
{
    public string Name => "json";

    public IFormatterSession Start(TextWriter output, FormatterOptions options, IReadOnlyList<Dsl.Rules.RuleDescriptor> rules) => new Session(output);

    private sealed class Session : IFormatterSession
    {
        private readonly JsonText.Streamed _out;

        public Session(TextWriter output)
        {
            _out = new JsonText.Streamed(output);
            _out.Json.WriteStartArray();
        }

        public void Write(FileResult file)
        {
            var json = _out.Json;
            if (file.Error is not null)
            {
                json.WriteStartObject();
                json.WriteString("file", SeverityNames.DisplayPath(file.Path));
                json.WriteString("error", file.Error);
                json.WriteString("result", file.Verdict);
                json.WriteEndObject();
            }
            foreach (var d in file.Diagnostics) WriteDiagnostic(json, d);
            if (file.NotAssessed.Count > 0) WriteNotAssessed(json, file);
            _out.Drain();
        }

        public void Finish(LintSummary summary)
        {
            _out.Json.WriteEndArray();
            _out.Dispose();
        }
    }

    /// <summary>After a file's diagnostics: its result and the rules that could not be checked on it, each with why.</summary>
    private static void WriteNotAssessed(Utf8JsonWriter json, FileResult file)
    {
        json.WriteStartObject();
        json.WriteString("file", SeverityNames.DisplayPath(file.Path));
        json.WriteString("result", file.Verdict);
        WriteNotAssessedList(json, file);
        json.WriteEndObject();
    }

    /// <summary>The <c>notAssessed</c> array: each rule that could not be checked on the file, with the reason.</summary>
    public static void WriteNotAssessedList(Utf8JsonWriter json, FileResult file)
    {
        json.WriteStartArray("notAssessed");
        foreach (var n in file.NotAssessed)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", n.Id);
            json.WriteString("reason", n.Reason);
            json.WriteEndObject();
        }
        json.WriteEndArray();
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
        JsonText.WriteRange(json, d.Source, d.Span);
        json.WriteString("text", d.Source[d.Span]);
        json.WriteStartArray("related");
        foreach (var related in d.Related)
        {
            json.WriteStartObject();
            JsonText.WriteRange(json, d.Source, related);
            json.WriteString("text", d.Source[related]);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (d.Fix is { } fix)
        {
            json.WriteStartObject("fix");
            JsonText.WriteRange(json, d.Source, fix.Span);
            json.WriteString("replacement", fix.Replacement);
            json.WriteEndObject();
        }
        if (d.Rule.HelpUri is { } help) json.WriteString("helpUri", help);
        json.WriteEndObject();
    }
}
