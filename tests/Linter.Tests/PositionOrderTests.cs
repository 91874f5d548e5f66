using System.Text.Json;
using System.Text.RegularExpressions;
using GovInfo.Linter.Engine;
using GovInfo.Linter.Formatters;
using GovInfo.Tests;

namespace GovInfo.Linter.Tests;

/// <summary>
/// No finding ends before it starts, in any format that prints an end: the fixtures, the samples, the real
/// reports of ../shared/real, and .docx and web-page renditions of a fixture, through every formatter.
/// </summary>
public sealed partial class PositionOrderTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [GeneratedRegex(@"\((?<l>\d+),(?<c>\d+),(?<el>\d+),(?<ec>\d+)\): ")]
    private static partial Regex MsBuildRange();

    [GeneratedRegex(@"line=(?<l>\d+),col=(?<c>\d+),endLine=(?<el>\d+),endColumn=(?<ec>\d+)")]
    private static partial Regex GitHubRange();

    [Fact]
    public void No_end_position_precedes_its_start_in_any_output_format()
    {
        var inputs = new List<string> { TestPaths.Fixtures, TestPaths.Samples };
        inputs.AddRange(Directory.GetFiles(TestPaths.Real).Where(f => Path.GetExtension(f) is ".txt" or ".md" or ".html"));
        string docx = DocxBuilder.WriteFixture(TestPaths.Fixture("002"), _folder.Path);
        string html = Path.Combine(_folder.Path, "002.html");
        File.WriteAllText(html, HtmlReportBuilder.FromReport(TestPaths.Fixture("002"), oneLine: true));
        inputs.AddRange([docx, html]);
        Assert.Contains(inputs, f => f.EndsWith(".html", StringComparison.Ordinal) && f.StartsWith(TestPaths.Real, StringComparison.Ordinal));

        var run = Linting.Runner().Run(new LintOptions(inputs));
        Assert.True(run.Files.Sum(f => f.Diagnostics.Count) > 100, "the inputs should have findings to check");
        foreach (var d in run.Files.SelectMany(f => f.Diagnostics))
        {
            Assert.True(d.End.CompareTo(d.Start) >= 0, $"{d.Path} {d.Id}: {d.Start} → {d.End}");
            foreach (var related in d.Related)
            {
                var (start, end) = d.Source.LocateSpan(related);
                Assert.True(end.CompareTo(start) >= 0, $"{d.Path} {d.Id} related: {start} → {end}");
            }
        }

        int ranges = 0;
        foreach (var formatter in new IDiagnosticFormatter[] { new MsBuildFormatter(), new GitHubFormatter() })
            foreach (Match m in (formatter is MsBuildFormatter ? MsBuildRange() : GitHubRange()).Matches(Write(formatter, run)))
            {
                AssertOrdered(formatter.Name, m.Groups["l"].Value, m.Groups["c"].Value, m.Groups["el"].Value, m.Groups["ec"].Value);
                ranges++;
            }
        foreach (var formatter in new IDiagnosticFormatter[] { new JsonFormatter(), new SarifFormatter() })
            ranges += CheckJson(formatter.Name, JsonDocument.Parse(Write(formatter, run)).RootElement);
        Assert.True(ranges > 400, $"only {ranges} ranges were checked");
    }

    private static string Write(IDiagnosticFormatter formatter, LintRun run)
    {
        var output = new StringWriter();
        formatter.Write(run, output, new FormatterOptions());
        return output.ToString();
    }

    /// <summary>Every object with a start and an end (JSON's line/column/endLine/endColumn, SARIF's regions), however deep.</summary>
    private static int CheckJson(string format, JsonElement element)
    {
        int found = 0;
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("endLine", out var endLine) && element.TryGetProperty("endColumn", out var endColumn))
            {
                var line = element.TryGetProperty("startLine", out var l) ? l : element.GetProperty("line");
                var column = element.TryGetProperty("startColumn", out var c) ? c : element.GetProperty("column");
                AssertOrdered(format, line.ToString(), column.ToString(), endLine.ToString(), endColumn.ToString());
                found++;
            }
            foreach (var property in element.EnumerateObject()) found += CheckJson(format, property.Value);
        }
        else if (element.ValueKind == JsonValueKind.Array)
            foreach (var item in element.EnumerateArray()) found += CheckJson(format, item);
        return found;
    }

    private static void AssertOrdered(string format, string line, string column, string endLine, string endColumn)
    {
        var (start, end) = ((int.Parse(line), int.Parse(column)), (int.Parse(endLine), int.Parse(endColumn)));
        Assert.True(end.CompareTo(start) >= 0, $"{format}: ({start}) → ({end})");
    }
}
