using GovInfo.Report.Documents;

using GovInfo.Tests;

namespace GovInfo.Report.Tests;

public class CellValueTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData(" 57 ", 57)]
    [InlineData("５７", 57)]
    [InlineData("1,234", 1234)]
    [InlineData("12.35", 12.35)]
    [InlineData("-3", -3)]
    [InlineData("1 2", 12)]
    public void Parses_numbers_leniently(string text, double expected)
    {
        var value = CellValue.Parse(text);
        Assert.Equal(CellValueKind.Number, value.Kind);
        Assert.Equal((decimal)expected, value.Number);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("007")]
    [InlineData("123456789")]
    [InlineData("1234567890")]
    public void Plain_digits_read_as_the_general_parser_reads_them_scale_included(string text)
    {
        var expected = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var value = CellValue.Parse(text).Number!.Value;
        Assert.Equal(expected, value);
        Assert.Equal(decimal.GetBits(expected), decimal.GetBits(value));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("-")]
    [InlineData("—")]
    [InlineData("无")]
    [InlineData("／")]
    public void Stand_ins_for_zero_are_placeholders_not_numbers(string text)
    {
        var value = CellValue.Parse(text);
        Assert.Equal(CellValueKind.Placeholder, value.Kind);
        Assert.Null(value.Number);
    }

    [Theory]
    [InlineData("", CellValueKind.Empty)]
    [InlineData("  ", CellValueKind.Empty)]
    [InlineData("0件", CellValueKind.Text)]
    [InlineData("自然人", CellValueKind.Text)]
    [InlineData("1. 属于国家秘密", CellValueKind.Text)]
    public void Other_cells_keep_their_kind(string text, CellValueKind kind)
        => Assert.Equal(kind, CellValue.Parse(text).Kind);
}
