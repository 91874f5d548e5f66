using System.Text;
using System.Text.RegularExpressions;

using GovInfo.Tests;

namespace GovInfo.Report.Tests;

/// <summary>Each fixture binds identically after re-encoding, CRLF, full-width digits, or tables rewritten as pipe tables.</summary>
public partial class FixtureVariantTests
{
    public static TheoryData<string> Fixtures() => FixtureBindingTests.Fixtures();

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Crlf_binds_identically(string name)
        => AssertSame(name, text => Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n")), ".txt", withPositions: true);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Gb18030_binds_identically(string name)
        => AssertSame(name, text => Text.SourceDecoder.Gb18030.GetBytes(text), ".txt", withPositions: true);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Utf8_bom_binds_identically(string name)
        => AssertSame(name, text => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)], ".txt", withPositions: true);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Full_width_digits_in_cells_bind_identically(string name)
        => AssertSame(name, text => Encoding.UTF8.GetBytes(FullWidthDigitsInTables(text)), ".txt", withPositions: true);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Read_as_markdown_binds_identically(string name)
        => AssertSame(name, Encoding.UTF8.GetBytes, ".md", withPositions: true);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Pipe_tables_bind_identically(string name)
        => AssertSame(name, text => Encoding.UTF8.GetBytes(TabTablesAsPipeTables(text)), ".md", withPositions: false);

    // GFM rows need no outer pipes; a row whose first cell is empty keeps its leading pipe, the only way to write one.
    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Pipe_tables_without_outer_pipes_bind_identically(string name)
        => AssertSame(name, text => Encoding.UTF8.GetBytes(TabTablesAsPipeTables(text, outerPipes: false)), ".md", withPositions: false);

    [Fact]
    public void Variants_really_change_the_input()
    {
        string text = File.ReadAllText(TestPaths.Fixture("001"));
        Assert.Contains("４２", FullWidthDigitsInTables(text));
        Assert.Contains("| --- |", TabTablesAsPipeTables(text));
        Assert.DoesNotContain("\t", TabTablesAsPipeTables(text));
        Assert.Contains("\n--- | ---", TabTablesAsPipeTables(text, outerPipes: false));
    }

    private static void AssertSame(string name, Func<string, byte[]> variant, string extension, bool withPositions)
    {
        string path = Path.Combine(TestPaths.Fixtures, name);
        var original = Reports.Load(path);
        var result = Reports.Loader.Load(variant(File.ReadAllText(path)), Path.ChangeExtension(name, extension));
        Assert.True(result.Succeeded, result.Error);
        FixtureBindingTests.AssertBindsCompletely(result.Report!);
        Assert.Equal(Signature(original, withPositions), Signature(result.Report!, withPositions));
    }

    /// <summary>Everything the binder decided, as lines: sections with their heading lines, every cell with value (and position).</summary>
    private static List<string> Signature(Binding.Report report, bool withPositions)
    {
        var source = report.Document.Source;
        string At(Text.TextSpan span) => withPositions ? " @" + source.GetLinePosition(span.Start) : "";
        var lines = new List<string> { $"title {report.Title?.Issuer} {report.Title?.Year}" };
        lines.AddRange(report.Sections.Select(s => $"section {s.Definition.Key} {s.Match} {string.Join(",", s.Headings.Select(h => h.Text + At(h.TextSpan)))}"));
        lines.AddRange(report.Tables.SelectMany(t => t.Cells.Select(c => $"{t.Definition.Key} {c.Row.Path} × {c.Column.Path} = {c.Number}{At(c.Cell!.Span)}")));
        return lines;
    }

    [GeneratedRegex("[0-9]")]
    private static partial Regex AsciiDigit();

    private static string FullWidthDigitsInTables(string text)
        => string.Join("\n", text.Split('\n').Select(line => line.Contains('\t')
            ? AsciiDigit().Replace(line, m => ((char)('０' + (m.Value[0] - '0'))).ToString())
            : line));

    /// <summary>Rewrites every run of tab-separated lines as a pipe table, with the delimiter row after the first row.</summary>
    private static string TabTablesAsPipeTables(string text, bool outerPipes = true)
    {
        var output = new List<string>();
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].Contains('\t'))
            {
                output.Add(lines[i]);
                continue;
            }
            int end = i;
            while (end < lines.Length && lines[end].Contains('\t')) end++;
            var rows = lines[i..end].Select(l => l.Split('\t')).ToList();
            int width = rows.Max(r => r.Length);
            for (int r = 0; r < rows.Count; r++)
            {
                if (outerPipes || rows[r][0].Trim().Length == 0) output.Add("| " + string.Join(" | ", rows[r]) + (outerPipes ? " |" : ""));
                else output.Add(string.Join(" | ", rows[r]));
                if (r == 0) output.Add(outerPipes ? "|" + string.Concat(Enumerable.Repeat(" --- |", width)) : string.Join(" | ", Enumerable.Repeat("---", width)));
            }
            i = end - 1;
        }
        return string.Join("\n", output);
    }
}
