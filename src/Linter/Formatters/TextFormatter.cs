using System.Text;
using GovInfo.Dsl.Rules;
using GovInfo.Linter.Diagnostics;
using GovInfo.Linter.Engine;
using GovInfo.Report.Text;

namespace GovInfo.Linter.Formatters;

/// <summary>
/// Compiler-style output for people: <c>file:line:col: error GI3001: message</c>, the source line with
/// the span underlined (CJK characters count two columns; a line wider than the output shows a window
/// around the span that fits <see cref="FormatterOptions.Width"/>), related locations, and a closing
/// summary per severity.
/// </summary>
public sealed class TextFormatter : IDiagnosticFormatter
{
    public string Name => "text";

    public IFormatterSession Start(TextWriter output, FormatterOptions options, IReadOnlyList<RuleDescriptor> rules) => new Session(output, options);

    private sealed class Session(TextWriter output, FormatterOptions options) : IFormatterSession
    {
        public void Write(FileResult file)
        {
            if (file.Error is not null)
            {
                output.WriteLine($"{SeverityNames.DisplayPath(file.Path)}: {Paint("error", "1;31", options)}: {file.Error}");
                return;
            }
            foreach (var d in file.Diagnostics) WriteDiagnostic(d, output, options);
            if (file.NotAssessed.Count > 0) output.WriteLine(NotAssessedLine(file));
        }

        public void Finish(LintSummary summary)
        {
            output.WriteLine(Summary(summary));
            // On runs over many files, say which rules fired most and which files could not be read.
            if (summary.Files > 1 && summary.TopRules(1).Any())
                output.WriteLine("最多的问题：" + string.Join("，", summary.TopRules(5).Select(r => $"{r.Id} {r.Count} 处")) + "。");
        }
    }

    /// <summary>Once per file: which rules could not be checked, grouped by reason.</summary>
    private static string NotAssessedLine(FileResult file)
        => $"{SeverityNames.DisplayPath(file.Path)}: 无法检查 {file.NotAssessed.Select(n => n.Id).Distinct().Count()} 条规则："
           + string.Join("；", file.NotAssessed.GroupBy(n => n.Reason).Select(g => $"{string.Join("、", g.Select(n => n.Id).Distinct())}（{g.Key}）")) + "。";

    private static void WriteDiagnostic(Diagnostic d, TextWriter output, FormatterOptions options)
    {
        string color = d.Severity switch { Severity.Error => "1;31", Severity.Warning => "1;33", _ => "1;36" };
        var start = d.Start;
        output.WriteLine($"{SeverityNames.DisplayPath(d.Path)}:{Position(d.Source, start)}: {Paint(SeverityNames.Lower(d.Severity), color, options)} {d.Id}: {d.Message}");
        string gutter = LineLabel(d.Source, start.Line);
        // " {gutter} | " stands before the excerpt.
        var (line, underline) = Excerpt(d.Source, d.Span, options.Width - DisplayWidth.Of(gutter) - 4);
        output.WriteLine($" {gutter} | {line}");
        output.WriteLine($" {new string(' ', DisplayWidth.Of(gutter))} | {Paint(underline, color, options)}");
        foreach (var related in d.Related)
            output.WriteLine($"    相关位置：{SeverityNames.DisplayPath(d.Path)}:{Position(d.Source, d.Source.Locate(related.Start))}  “{Shorten(d.Source[related])}”");
        if (d.Fix is { } fix)
            output.WriteLine($"    可自动修复：{(fix.Replacement.Length == 0 ? "删除" : $"改为“{fix.Replacement}”")}（govlint fix）");
    }

    /// <summary><c>line:column</c>, <c>第N段:column</c> in a .docx, whose positions count paragraphs, or <c>第N页:line:column</c> in a PDF.</summary>
    private static string Position(SourceText source, LinePosition position) => $"{LineLabel(source, position.Line)}:{position.Column}";

    private static string LineLabel(SourceText source, int line) => source.Scheme switch
    {
        PositionScheme.Paragraphs => $"第{line}段",
        PositionScheme.Pages when source.Map?.OnPage(new LinePosition(line, 1)) is { } page => $"第{page.Page}页:{page.Line}",
        _ => line.ToString(),
    };

    /// <summary>The span's line (a window of it when wider than <paramref name="columns"/>) and a caret line under the span.</summary>
    public static (string Line, string Underline) Excerpt(SourceText source, TextSpan span, int columns)
    {
        int lineNumber = source.GetLinePosition(span.Start).Line;
        var lineSpan = source.GetLineSpan(lineNumber);
        int from = span.Start - lineSpan.Start;
        int to = Math.Min(span.End, lineSpan.End) - lineSpan.Start;
        return SourceWindow.Of(source[lineSpan], from, to, columns);
    }

    private static string Shorten(string text) => text.Length <= 20 ? text.Replace("\n", " ") : text[..20].Replace("\n", " ") + "…";

    public static string Summary(LintSummary run)
    {
        int files = run.Files;
        var parts = new[] { Severity.Error, Severity.Warning, Severity.Info }
            .Select(s => (Severity: s, Count: run.Count(s))).Where(x => x.Count > 0)
            .Select(x => $"{x.Count} 个{SeverityNames.Chinese(x.Severity)}").ToList();
        int unreadable = run.Unreadable.Count;
        var sb = new StringBuilder($"共检查 {files} 个文件：");
        sb.Append(parts.Count > 0 ? string.Join("，", parts) : "没有发现问题");
        if (unreadable > 0) sb.Append($"；{unreadable} 个文件无法读取");
        if (run.Skipped.Count > 0) sb.Append($"；{SkippedNote(run)}");
        return sb.Append('。').ToString();
    }

    /// <summary>How many files the folder walks passed over, and how to see them.</summary>
    public static string SkippedNote(LintSummary run) => $"跳过 {run.Skipped.Count} 个不支持的文件（加 --verbose 列出）";

    private static string Paint(string text, string code, FormatterOptions options) => options.Color ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
