using GovInfo.Linter.Formatters;
using GovInfo.Report.Text;

namespace GovInfo.Linter.Tests;

public class FormatterTests
{
    [Fact]
    public void Underline_counts_cjk_characters_as_two_columns()
    {
        var source = new SourceText("公开规划计划、等内容。");
        var (line, underline) = TextFormatter.Excerpt(source, new TextSpan(6, 1));
        Assert.Equal("公开规划计划、等内容。", line);
        Assert.Equal("            ^~", underline);
    }

    [Fact]
    public void Tabs_and_ascii_are_aligned_too()
    {
        var source = new SourceText("规章\t0\t12");
        var (line, underline) = TextFormatter.Excerpt(source, new TextSpan(5, 2));
        Assert.Equal("规章    0    12", line);
        Assert.Equal("             ^~", underline);
    }

    [Fact]
    public void A_very_long_line_shows_a_window_around_the_span()
    {
        string text = new string('甲', 5000) + "、等" + new string('乙', 5000);
        var (line, underline) = TextFormatter.Excerpt(new SourceText(text), new TextSpan(5000, 1));
        Assert.StartsWith("…", line);
        Assert.EndsWith("…", line);
        Assert.True(line.Length < 120);
        int caret = underline.IndexOf('^');
        Assert.Equal(1 + 30 * 2, caret);
    }
}
