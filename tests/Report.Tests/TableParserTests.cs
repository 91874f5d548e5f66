using GovInfo.Report.Documents;
using GovInfo.Report.Reading;
using GovInfo.Report.Text;

using GovInfo.Tests;

namespace GovInfo.Report.Tests;

public class TableParserTests
{
    [Fact]
    public void Tab_cells_keep_trimmed_text_and_exact_spans()
    {
        var source = new SourceText("规章\t 0 \t\t3\t");
        var table = TableParser.ParseTabs(source, [source.GetLineSpan(1)]);
        var cells = table.Rows.Single().Cells;
        Assert.Equal(["规章", "0", "", "3", ""], cells.Select(c => c.Text));
        Assert.Equal(4, cells[1].Span.Start);
        Assert.Equal(1, cells[1].Span.Length);
        Assert.All(cells, c => Assert.Equal(c.Text, source[c.Span]));
    }

    [Fact]
    public void Pipe_rows_drop_the_delimiter_row_and_honour_escaped_pipes()
    {
        var source = new SourceText("| a | b |\n|---|:--:|\n| x \\| y | 5 |\n|  | 6");
        var lines = Enumerable.Range(1, 4).Select(source.GetLineSpan).ToList();
        var table = TableParser.ParsePipes(source, lines);
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(["x \\| y", "5"], table.Rows[1].Cells.Select(c => c.Text));
        Assert.Equal(["", "6"], table.Rows[2].Cells.Select(c => c.Text));
        Assert.Equal(new[] { 1, 3, 4 }, table.Rows.Select(r => source.GetLinePosition(r.Span.Start).Line));
        Assert.All(table.Rows.SelectMany(r => r.Cells), c => Assert.Equal(c.Text, source[c.Span]));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("7")]
    [InlineData("42")]
    [InlineData("999")]
    [InlineData("1000")]
    [InlineData("007")]
    [InlineData("00")]
    [InlineData("12a")]
    [InlineData("１２")]
    [InlineData("-3")]
    [InlineData("3.5")]
    [InlineData("/")]
    [InlineData("其他")]
    public void A_cell_reads_as_its_text_parsed_on_its_own(string text)
    {
        // Small counts are made without cutting and parsing the text: they must read exactly as any other cell does.
        var source = new SourceText("标签\t" + text + "\t" + text + " ");
        var cells = TableParser.ParseTabs(source, [source.GetLineSpan(1)]).Rows[0].Cells;
        foreach (var cell in cells.Skip(1))
        {
            Assert.Equal(text, cell.Text);
            Assert.Equal(text, source[cell.Span]);
            Assert.Equal(CellValue.Parse(text), cell.Value);
            Assert.Equal(CellValue.Parse(text).Number?.Scale, cell.Value.Number?.Scale);
        }
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("123456789", 123456789)]
    [InlineData("000000012", 12)]
    public void Ascii_digits_read_as_their_count(string text, int count)
    {
        var value = CellValue.Parse(text);
        Assert.Equal(CellValueKind.Number, value.Kind);
        Assert.Equal(count, value.Number);
        Assert.Equal(0, value.Number!.Value.Scale);
    }
}
