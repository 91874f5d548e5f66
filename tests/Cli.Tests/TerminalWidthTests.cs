using GovInfo.Cli.Lint;
using GovInfo.Report.Text;

namespace GovInfo.Cli.Tests;

public class TerminalWidthTests
{
    [Theory]
    [InlineData("120", true, 100, 120)]   // COLUMNS wins, even when output is redirected
    [InlineData(null, false, 100, 100)]   // a terminal: its width
    [InlineData(null, true, 100, 80)]     // not a terminal: 80
    [InlineData("abc", false, 0, 80)]     // neither says
    [InlineData("0", false, 132, 132)]
    public void The_width_is_COLUMNS_then_the_terminal_then_80(string? columns, bool redirected, int terminal, int expected)
        => Assert.Equal(expected, TerminalWidth.Choose(columns, redirected, () => terminal));

    [Theory]
    [InlineData(null, 80)]
    [InlineData("120", 120)]
    public void Text_output_of_a_fixture_fits_COLUMNS_or_80_when_redirected(string? columns, int width)
    {
        var run = Govlint.Exec(columns is null ? [] : [("COLUMNS", columns)], "lint", Govlint.Fixture("002"));
        var excerpts = run.StdOut.Split('\n').Where(l => l.StartsWith(' ') && l.Contains(" | ")).ToList();
        Assert.NotEmpty(excerpts);
        Assert.All(excerpts, l => Assert.True(DisplayWidth.Of(l) <= width, $"{DisplayWidth.Of(l)} > {width}: {l}"));
        // Line 92 (about 210 columns) is cut to the width: its widest excerpt is close to it.
        Assert.InRange(excerpts.Max(l => DisplayWidth.Of(l)), width - 3, width);
    }
}
