using GovInfo.Linter.Formatters;

namespace GovInfo.Linter.Tests;

public class CsvRowTests
{
    [Fact]
    public void Fields_are_quoted_only_when_they_hold_a_comma_quote_or_line_break()
    {
        var output = new StringWriter { NewLine = "\n" };
        Csv.WriteRow(output, ["平常", "有,逗号", "他说\"好\"了", "两\n行", "回\r车", null, 12, 3.50m, "\"", ""]);
        Assert.Equal("平常,\"有,逗号\",\"他说\"\"好\"\"了\",\"两\n行\",\"回\r车\",,12,3.50,\"\"\"\",\n", output.ToString());
    }
}
