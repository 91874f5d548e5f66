using System.Text.Json;
using GovInfo.Dsl.Rules;
using GovInfo.Linter.Diagnostics;
using GovInfo.Linter.Engine;
using GovInfo.Report.Json;
using GovInfo.Report.Text;

namespace GovInfo.Linter.Formatters;

/// <summary>SARIF 2.1.0, as Roslyn's error logger writes it: rules sorted by id, UTF-16 columns, related locations and fixes.</summary>
public sealed class SarifFormatter : IDiagnosticFormatter
{
    public string Name => "sarif";

    public IFormatterSession Start(TextWriter output, FormatterOptions options, IReadOnlyList<RuleDescriptor> rules) => new Session(output, options, rules);

    private sealed class Session : IFormatterSession
    {
        private readonly JsonText.Streamed _out;
        private readonly Dictionary<string, int> _index;

        public Session(TextWriter output, FormatterOptions options, IReadOnlyList<RuleDescriptor> rules)
        {
            var sorted = rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
            _index = sorted.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
            _out = new JsonText.Streamed(output);
            var json = _out.Json;
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, sorted, options);
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
        }

        public void Write(FileResult file)
        {
            foreach (var d in file.Diagnostics) WriteResult(_out.Json, d, _index[d.Id]);
            _out.Drain();
        }

        /// <summary>A rule that could not be checked on a file (无法检查): a note about the rule, located at the file.</summary>
        /// <summary>A tool execution notification about one file: an unreadable file, or a rule that could not check it.</summary>
        private void WriteNotification(Utf8JsonWriter json, string level, string message, string path, NotAssessed? rule = null)
        {
            json.WriteStartObject();
            json.WriteString("level", level);
            WriteMessage(json, message);
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            WriteArtifact(json, path);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            if (rule is not null)
            {
                json.WriteStartObject("associatedRule");
                json.WriteString("id", rule.Id);
                if (_index.TryGetValue(rule.Id, out int index)) json.WriteNumber("index", index);
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteString("govlintKind", "notAssessed");
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }

        public void Finish(LintSummary summary)
        {
            var json = _out.Json;
            json.WriteEndArray();
            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", !summary.HasUnreadableFiles);
            json.WriteStartArray("toolExecutionNotifications");
            foreach (var (path, error) in summary.Unreadable) WriteNotification(json, "error", error, path);
            foreach (var (path, rule) in summary.NotAssessed) WriteNotification(json, "note", $"无法检查 {rule.Id}：{rule.Reason}。", path, rule);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            _out.Dispose();
        }
    }

    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "note",
        _ => "none",
    };

    private static void WriteTool(Utf8JsonWriter json, List<RuleDescriptor> rules, FormatterOptions options)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "govlint");
        json.WriteString("version", options.ToolVersion);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Title);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", rule.Description.Trim());
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.Severity));
            json.WriteEndObject();
            if (rule.HelpUri is { } help) json.WriteString("helpUri", help);
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic d, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", d.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(d.Severity));
        WriteMessage(json, d.Message);
        json.WriteStartArray("locations");
        WriteLocation(json, d.Source, d.Span, id: null);
        json.WriteEndArray();
        if (d.Related.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            for (int i = 0; i < d.Related.Count; i++) WriteLocation(json, d.Source, d.Related[i], id: i + 1);
            json.WriteEndArray();
        }
        if (d.Fix is { } fix)
        {
            json.WriteStartArray("fixes");
            json.WriteStartObject();
            json.WriteStartObject("description");
            json.WriteString("text", fix.Replacement.Length == 0 ? "删除" : $"改为“{fix.Replacement}”");
            json.WriteEndObject();
            json.WriteStartArray("artifactChanges");
            json.WriteStartObject();
            WriteArtifact(json, d.Path);
            json.WriteStartArray("replacements");
            json.WriteStartObject();
            json.WriteStartObject("deletedRegion");
            WriteRegion(json, d.Source, fix.Span, snippet: false);
            json.WriteEndObject();
            json.WriteStartObject("insertedContent");
            json.WriteString("text", fix.Replacement);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, SourceText source, TextSpan span, int? id)
    {
        json.WriteStartObject();
        if (id is { } i) json.WriteNumber("id", i);
        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, source.Path);
        json.WriteStartObject("region");
        WriteRegion(json, source, span, snippet: true);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteArtifact(Utf8JsonWriter json, string path)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri.EscapeDataString(SeverityNames.DisplayPath(path)).Replace("%2F", "/"));
        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, SourceText source, TextSpan span, bool snippet)
    {
        var (start, end) = source.LocateSpan(span);
        var (startPage, endPage) = (source.Map?.OnPage(start), source.Map?.OnPage(end));
        json.WriteNumber("startLine", startPage?.Line ?? start.Line);
        json.WriteNumber("startColumn", start.Column);
        json.WriteNumber("endLine", endPage?.Line ?? end.Line);
        json.WriteNumber("endColumn", end.Column);
        if (source.Scheme.MachineName() is { } scheme)
        {
            // A .docx has no lines, a PDF's count within its pages: say what these lines count (docs/positions.md).
            json.WriteStartObject("properties");
            json.WriteString("govlint/positionScheme", scheme);
            if (startPage is { } first && endPage is { } last)
            {
                json.WriteNumber("govlint/page", first.Page);
                json.WriteNumber("govlint/endPage", last.Page);
            }
            json.WriteEndObject();
        }
        if (snippet)
        {
            json.WriteStartObject("snippet");
            json.WriteString("text", source[span]);
            json.WriteEndObject();
        }
    }

    private static void WriteMessage(Utf8JsonWriter json, string text)
    {
        json.WriteStartObject("message");
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
