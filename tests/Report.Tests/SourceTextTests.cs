using GovInfo.Report.Text;

using GovInfo.Tests;

namespace GovInfo.Report.Tests;

public class SourceTextTests
{
    [Theory]
    [InlineData("ab\ncd\n\nef", 4)]
    [InlineData("ab\r\ncd\r\n\r\nef", 4)]
    [InlineData("ab\rcd\r\ref", 4)]
    [InlineData("", 1)]
    [InlineData("only", 1)]
    public void Counts_lines_for_every_line_ending(string text, int lines)
        => Assert.Equal(lines, new SourceText(text).LineCount);

    [Fact]
    public void Positions_are_one_based_and_ignore_the_line_ending_style()
    {
        var lf = new SourceText("一、总体情况\n（一）主动公开");
        var crlf = new SourceText("一、总体情况\r\n（一）主动公开");
        Assert.Equal(new LinePosition(2, 4), lf.GetLinePosition(lf.Text.IndexOf('主')));
        Assert.Equal(new LinePosition(2, 4), crlf.GetLinePosition(crlf.Text.IndexOf('主')));
        Assert.Equal("（一）主动公开", crlf.GetLine(2));
        Assert.Equal("一、总体情况", crlf.GetLine(1));
    }

    [Fact]
    public void Columns_count_utf16_code_units_as_sarif_does()
    {
        // U+20BB7 𠮷 is a surrogate pair: two code units, so the next character is at column 3.
        var text = new SourceText("𠮷a");
        Assert.Equal(new LinePosition(1, 3), text.GetLinePosition(2));
    }

    [Fact]
    public void End_of_text_has_a_position()
    {
        var text = new SourceText("ab\n");
        Assert.Equal(new LinePosition(2, 1), text.GetLinePosition(3));
    }

    [Fact]
    public void Span_rejects_negative_length()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(3, -1));
}
