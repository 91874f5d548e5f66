using GovInfo.Dsl.Rules;
using GovInfo.Linter.Configuration;
using GovInfo.Linter.Diagnostics;
using GovInfo.Linter.Engine;
using GovInfo.Linter.Formatters;
using GovInfo.Report.Text;

namespace GovInfo.Linter.Tests;

public class FormatterTests
{
    [Fact]
    public void Underline_counts_cjk_characters_as_two_columns()
    {
        var source = new SourceText("公开规划计划、等内容。");
        var (line, underline) = TextFormatter.Excerpt(source, new TextSpan(6, 1), 80);
        Assert.Equal("公开规划计划、等内容。", line);
        Assert.Equal("            ^~", underline);
    }

    [Fact]
    public void Tabs_and_ascii_are_aligned_too()
    {
        var source = new SourceText("规章\t0\t12");
        var (line, underline) = TextFormatter.Excerpt(source, new TextSpan(5, 2), 80);
        Assert.Equal("规章    0    12", line);
        Assert.Equal("             ^~", underline);
    }

    [Fact]
    public void A_very_long_line_shows_a_window_around_the_span()
    {
        string text = new string('甲', 5000) + "、等" + new string('乙', 5000);
        var (line, underline) = TextFormatter.Excerpt(new SourceText(text), new TextSpan(5000, 1), 73);
        Assert.StartsWith("…", line);
        Assert.EndsWith("…", line);
        Assert.True(DisplayWidth.Of(line) <= 73);
        // A third of the room beside the span goes before it: (73 - 2 - 2) / 3 = 23 columns, 11 characters.
        Assert.Equal(1 + 11 * 2, underline.IndexOf('^'));
        Assert.Equal('、', line[1 + 11]);
    }

    private static readonly RuleDescriptor Rule = new("GI6002", "t", Severity.Warning, "c", "d", null, ScopeKind.Paragraph, RuleKind.Forbid, "", 1);

    /// <summary>The text output of one finding at <paramref name="span"/> of a one-line report, at a width.</summary>
    private static List<string> Print(string text, TextSpan span, int width)
    {
        var source = new SourceText(text, "r.txt");
        var file = new FileResult("r.txt", source, [new Diagnostic(Rule, Severity.Warning, "“、等”：“等”字前不应有顿号。", source, span, [], null)], null, FailOn.Warning);
        var output = new StringWriter();
        new TextFormatter().Start(output, new FormatterOptions(Width: width), [Rule]).Write(file);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    public static TheoryData<int, int> Widths() => new() { { 80, 10 }, { 80, 150 }, { 80, 290 }, { 120, 10 }, { 120, 150 }, { 120, 290 } };

    [Theory]
    [MemberData(nameof(Widths))]
    public void A_long_chinese_line_fits_the_width_and_the_caret_is_under_the_span(int width, int at)
    {
        // 300 Chinese characters with a tab and ASCII among them; the span is “、等” at index at.
        string text = string.Concat(Enumerable.Range(0, 300).Select(i => i == 40 ? "\tAB" : "政务公开"[i % 4].ToString()));
        text = text[..at] + "、等" + text[(at + 2)..];
        var lines = Print(text, new TextSpan(at, 2), width);

        Assert.All(lines, l => Assert.True(DisplayWidth.Of(l) <= width, $"{DisplayWidth.Of(l)} > {width}: {l}"));
        string shown = lines[1], underline = lines[2];
        Assert.StartsWith(" 1 | ", shown);
        Assert.StartsWith("   | ", underline);
        // The caret's column is the display width of what precedes the span on the shown line.
        int caret = DisplayWidth.Of(underline[..underline.IndexOf('^')]);
        int before = shown.IndexOf("、等", StringComparison.Ordinal);
        Assert.True(before > 0, shown);
        Assert.Equal(DisplayWidth.Of(shown[..before]), caret);
        Assert.Equal("^~~~", underline.Trim().TrimStart('|').Trim());
    }

    [Fact]
    public void A_line_that_fits_is_shown_whole()
    {
        var lines = Print("公开规划计划、等内容。", new TextSpan(6, 2), 80);
        Assert.Equal([" 1 | 公开规划计划、等内容。", "   |             ^~~~"], lines[1..3]);
    }

    [Fact]
    public void A_span_at_the_end_of_a_full_line_keeps_its_caret_within_the_width()
    {
        string text = new string('甲', 200);
        var lines = Print(text, new TextSpan(200, 0), 80);
        Assert.All(lines, l => Assert.True(DisplayWidth.Of(l) <= 80, l));
        Assert.StartsWith(" 1 | …", lines[1]);
        Assert.Equal(DisplayWidth.Of(lines[1]), DisplayWidth.Of(lines[2][..lines[2].IndexOf('^')]));
    }
}
