using System.Text.Json;
using GovInfo.Dsl.Rules;
using GovInfo.Linter.Diagnostics;
using GovInfo.Linter.Documentation;
using GovInfo.Linter.Engine;
using GovInfo.Linter.Formatters;
using GovInfo.Report.Binding;
using GovInfo.Report.Documents;
using GovInfo.Report.Json;
using GovInfo.Report.Text;

namespace GovInfo.Serve;

/// <summary>
/// What the page shows for one upload, as JSON: the verdict and counts, the arithmetic checks per table, the text
/// as read with its blocks (offsets into it), the findings as <c>lint --format json</c> writes them, and per finding
/// its offsets, section, fix key and the rule's <c>explain</c> text.
/// </summary>
public sealed class LintResultJson(RuleSet rules, string rulesBase)
{
    /// <summary>The category of the arithmetic checks, whose status the page shows per table.</summary>
    public const string ArithmeticCategory = "表格勾稽";

    private static readonly JsonFormatter Findings = new();

    /// <summary>The page's JSON for an upload; <paramref name="review"/> says whether the server writes reviewed copies.</summary>
    public byte[] Write(UploadedReport upload, Report.Binding.Report bound, string name, bool review)
    {
        var file = upload.Result;
        var text = upload.Document.Source;
        return JsonText.Build(json =>
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteString("format", upload.Document.Format);
            json.WriteString("verdict", file.Verdict);
            json.WriteBoolean("fixable", text.Map?.ReadOnlyReason is null);
            json.WriteBoolean("review", review);
            WriteCounts(json, file.Diagnostics);
            WriteTables(json, file, bound);
            JsonFormatter.WriteNotAssessedList(json, file);
            json.WriteString("text", text.Text);
            BlockJson.WriteBlocks(json, upload.Document);
            json.WritePropertyName("findings");
            json.WriteRawValue(FormatterJson(file), skipInputValidation: true);
            WriteMarks(json, file.Diagnostics, bound);
            WriteExplanations(json, file.Diagnostics);
            json.WriteEndObject();
        });
    }

    /// <summary>The findings exactly as <c>govlint lint --format json</c> prints them for this file (its 无法检查 entry is given separately).</summary>
    private static string FormatterJson(FileResult file)
    {
        var output = new StringWriter();
        var session = Findings.Start(output, new FormatterOptions(), []);
        session.Write(file with { NotAssessed = [] });
        session.Finish(new LintSummary());
        return output.ToString().Trim();
    }

    private static void WriteCounts(Utf8JsonWriter json, IReadOnlyList<Diagnostic> diagnostics)
    {
        json.WriteStartObject("bySeverity");
        foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Info })
            json.WriteNumber(SeverityNames.Lower(severity), diagnostics.Count(d => d.Severity == severity));
        json.WriteEndObject();
        json.WriteStartObject("byCategory");
        foreach (var group in diagnostics.GroupBy(d => d.Rule.Category).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            json.WriteNumber(group.Key, group.Count());
        json.WriteEndObject();
    }

    /// <summary>Per table of the template with arithmetic rules: 不通过 when one reported, 无法检查 when one could not run, else 通过.</summary>
    private void WriteTables(Utf8JsonWriter json, FileResult file, Report.Binding.Report bound)
    {
        json.WriteStartArray("tables");
        foreach (var table in bound.Template.Tables)
        {
            var ids = rules.Rules.Where(r => r.Descriptor.Category == ArithmeticCategory && r.TableKey == table.Key).Select(r => r.Descriptor.Id).ToHashSet(StringComparer.Ordinal);
            if (ids.Count == 0) continue;
            var failed = file.Diagnostics.Where(d => ids.Contains(d.Id)).ToList();
            var notChecked = file.NotAssessed.Where(n => ids.Contains(n.Id)).ToList();
            json.WriteStartObject();
            json.WriteString("key", table.Key);
            json.WriteString("title", table.Title);
            json.WriteString("status", failed.Count > 0 ? "fail" : notChecked.Count > 0 ? "notAssessed" : "pass");
            json.WriteNumber("findings", failed.Count);
            if (failed.Count == 0 && notChecked.Count > 0) json.WriteString("reason", notChecked[0].Reason);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>Per finding, in the order of <c>findings</c>: its offsets in <c>text</c>, related offsets, section, and fix key.</summary>
    private static void WriteMarks(Utf8JsonWriter json, IReadOnlyList<Diagnostic> diagnostics, Report.Binding.Report bound)
    {
        var sections = bound.Sections.Where(s => s.Span is not null).Select(s => (Span: s.Span!.Value, Name: s.Definition.OfficialHeading)).OrderBy(s => s.Span.Start).ToList();
        json.WriteStartArray("marks");
        foreach (var d in diagnostics)
        {
            json.WriteStartObject();
            json.WriteNumber("start", d.Span.Start);
            json.WriteNumber("end", d.Span.End);
            json.WriteStartArray("related");
            foreach (var related in d.Related) WriteSpan(json, related);
            json.WriteEndArray();
            json.WriteString("section", SectionOf(d.Span, sections));
            if (d.Fix is { } fix)
            {
                json.WriteString("fixKey", FindingKey.Of(d));
                json.WritePropertyName("fixSpan");
                WriteSpan(json, fix.Span);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter json, TextSpan span)
    {
        json.WriteStartArray();
        json.WriteNumberValue(span.Start);
        json.WriteNumberValue(span.End);
        json.WriteEndArray();
    }

    private static string SectionOf(TextSpan span, List<(TextSpan Span, string Name)> sections)
    {
        foreach (var section in sections)
            if (section.Span.Start <= span.Start && span.Start < Math.Max(section.Span.End, section.Span.Start + 1)) return section.Name;
        return sections.Count > 0 && span.Start < sections[0].Span.Start ? "标题与开头" : "其他位置";
    }

    private void WriteExplanations(Utf8JsonWriter json, IReadOnlyList<Diagnostic> diagnostics)
    {
        json.WriteStartObject("explanations");
        foreach (var descriptor in diagnostics.Select(d => d.Rule).DistinctBy(r => r.Id))
            json.WriteString(descriptor.Id, rules.Find(descriptor.Id) is { } rule ? RuleExplanation.Of(rule, rulesBase) : $"{descriptor.Id}：{descriptor.Title}\n\n{descriptor.Description}");
        json.WriteEndObject();
    }
}
