using GovInfo.Report.Documents;
using GovInfo.Report.Reading;

using GovInfo.Tests;

namespace GovInfo.Report.Tests;

public class NumberingParserTests
{
    [Theory]
    [InlineData("一、总体情况", NumberingStyle.ChineseComma, 1, "一、")]
    [InlineData("十二、其他", NumberingStyle.ChineseComma, 12, "十二、")]
    [InlineData("（三）不予公开", NumberingStyle.ChineseParenthesized, 3, "（三）")]
    [InlineData("(七) 总计", NumberingStyle.ChineseParenthesized, 7, "(七)")]
    [InlineData("3. 其他", NumberingStyle.Arabic, 3, "3.")]
    [InlineData("2、政府信息", NumberingStyle.Arabic, 2, "2、")]
    [InlineData("１．全角", NumberingStyle.Arabic, 1, "１．")]
    [InlineData("（2）括号", NumberingStyle.ArabicParenthesized, 2, "（2）")]
    [InlineData("③圈号", NumberingStyle.Circled, 3, "③")]
    public void Recognises_template_numbering(string text, NumberingStyle style, int value, string numberingText)
    {
        Assert.True(NumberingParser.TryParse(text, 0, text.Length, out var numbering, out _));
        Assert.Equal(style, numbering!.Style);
        Assert.Equal(value, numbering.Value);
        Assert.Equal(numberingText, numbering.Text);
    }

    [Theory]
    [InlineData("统一、权威")]
    [InlineData("2024 年以来")]
    [InlineData("1.5 万元")]
    [InlineData("一是制度机制有待完善")]
    [InlineData("")]
    public void Ignores_text_that_only_looks_numbered(string text)
        => Assert.False(NumberingParser.TryParse(text, 0, text.Length, out _, out _));

    [Fact]
    public void Rest_starts_after_the_blanks_that_follow()
    {
        const string text = "(七) 总计";
        NumberingParser.TryParse(text, 0, text.Length, out _, out int end);
        Assert.Equal("总计", text[end..]);
    }
}
