using System.IO.Compression;
using System.Text;
using GovInfo.Report.Formats.Html;
using GovInfo.Report.Reading;
using GovInfo.Tests;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GovInfo.Report.Tests;

/// <summary>Caps counted as work (issue 17, F3, F4, F5, F19 and the input size): each exceeded cap refuses the file with a Chinese message naming it.</summary>
public class InputLimitTests
{
    private const string Title = "<p>示例局2024年政府信息公开工作年度报告</p>";

    private static LoadResult LoadHtml(string body) => Reports.Loader.Load(Encoding.UTF8.GetBytes($"<html><body>{Title}{body}</body></html>"), "page.html");

    [Fact]
    public void A_file_over_the_input_size_cap_is_refused_before_it_is_read()
    {
        var bytes = new byte[InputLimits.MaxInputBytes + 1];
        bytes.AsSpan().Fill((byte)'a');
        var result = Reports.Loader.Load(bytes, "big.txt");
        Assert.False(result.Succeeded);
        Assert.Contains("输入大小上限", result.Error);
    }

    [Fact]
    public void F3_rowspan_and_colspan_amplification_is_refused_at_the_per_table_cell_cap()
    {
        var result = LoadHtml("<table>" + string.Concat(Enumerable.Repeat("<tr><td colspan=1000 rowspan=1000>x</td></tr>", 1000)) + "</table>");
        Assert.False(result.Succeeded);
        Assert.Contains($"每个表格 {InputLimits.MaxCellsPerTable:N0} 个单元格的上限", result.Error);
    }

    [Fact]
    public void F3_tables_each_under_the_table_cap_are_refused_together_at_the_per_file_cap()
    {
        int rowsPerTable = InputLimits.MaxCellsPerTable / HtmlTableGrid.MaxColumnSpan - 1;
        string table = "<table>" + string.Concat(Enumerable.Repeat($"<tr><td colspan={HtmlTableGrid.MaxColumnSpan}>x</td></tr>", rowsPerTable)) + "</table>";
        int tables = InputLimits.MaxCellsPerFile / (rowsPerTable * HtmlTableGrid.MaxColumnSpan) + 1;
        Assert.True(LoadHtml(table).Succeeded);
        var result = LoadHtml(string.Concat(Enumerable.Repeat(table + "<p>甲。</p>", tables)));
        Assert.False(result.Succeeded);
        Assert.Contains($"每个文件 {InputLimits.MaxCellsPerFile:N0} 个单元格的上限", result.Error);
    }

    [Fact]
    public void F3_spans_are_clamped_as_browsers_clamp_them_and_a_rowspan_reaches_no_further_than_the_table()
    {
        var result = LoadHtml("<table><tr><td rowspan=0>项目</td><td colspan=1000>数量</td></tr><tr><td>1</td></tr><tr><td>2</td></tr></table>");
        Assert.True(result.Succeeded, result.Error);
        var table = result.Report!.Document.Blocks.OfType<Documents.Table>().Single();
        var first = table.Rows[0].Cells;
        Assert.Equal(3, first[0].RowSpan);
        Assert.Equal(HtmlTableGrid.MaxColumnSpan, first[1].ColumnSpan);
        Assert.Equal(1 + HtmlTableGrid.MaxColumnSpan, first.Count);
    }

    [Fact]
    public void F3_word_cells_spanning_the_whole_grid_are_refused_at_the_per_table_cell_cap()
    {
        // Word's spans are clamped to its 64-column grid; rows of full-width cells still add up.
        int rows = InputLimits.MaxCellsPerTable / 64 + 1;
        var bytes = DocxBuilder.Build(body =>
        {
            var table = new W.Table();
            for (int i = 0; i < rows; i++)
                table.Append(new W.TableRow(new W.TableCell(new W.TableCellProperties(new W.GridSpan { Val = int.MaxValue }), DocxBuilder.Paragraph("12"))));
            body.Append(DocxBuilder.Paragraph("示例局2024年政府信息公开工作年度报告"), table);
        });
        var result = Reports.Loader.Load(bytes, "wide.docx");
        Assert.False(result.Succeeded);
        Assert.Contains($"每个表格 {InputLimits.MaxCellsPerTable:N0} 个单元格的上限", result.Error);
    }

    [Fact]
    public void F4_a_docx_whose_body_unzips_beyond_the_part_cap_is_refused_after_bounded_work()
    {
        var result = Reports.Loader.Load(Docx(documentXml: Spaces(InputLimits.MaxDocxXmlPartBytes + 1)), "bomb.docx");
        Assert.False(result.Succeeded);
        Assert.Contains("单个 XML 部件的大小上限", result.Error);
    }

    [Fact]
    public void F4_a_docx_whose_parts_unzip_beyond_the_total_cap_is_refused()
    {
        long each = InputLimits.MaxDocxUnzippedBytes / 8 + 1;
        var media = Enumerable.Range(0, 8).Select(i => ($"word/media/image{i}.bin", each)).ToArray();
        var result = Reports.Loader.Load(Docx(documentXml: Body("正文。"), extra: media), "bomb.docx");
        Assert.False(result.Succeeded);
        Assert.Contains("解压后总大小上限", result.Error);
    }

    [Fact]
    public void F4_a_docx_with_more_parts_than_the_cap_is_refused()
    {
        var parts = Enumerable.Range(0, InputLimits.MaxDocxParts).Select(i => ($"word/media/p{i}.bin", 0L)).ToArray();
        var result = Reports.Loader.Load(Docx(documentXml: Body("正文。"), extra: parts), "many.docx");
        Assert.False(result.Succeeded);
        Assert.Contains("部件数量上限", result.Error);
    }

    [Fact]
    public void F4_a_docx_within_the_caps_is_read()
    {
        var result = Reports.Loader.Load(Docx(documentXml: Body("一、总体情况")), "small.docx");
        Assert.True(result.Succeeded, result.Error);
        Assert.Contains("一、总体情况", result.Report!.Document.Source.Text);
    }

    [Fact]
    public void F5_a_docx_whose_package_names_a_missing_document_part_gets_the_message_for_a_broken_package()
    {
        // Decided without Exception.Source, which Native AOT does not keep (the published binary said 内部错误).
        var result = Reports.Loader.Load(Docx((string?)null), "nodoc.docx");
        Assert.False(result.Succeeded);
        Assert.StartsWith("不是有效的 .docx 文件：", result.Error);
        Assert.Contains("缺少", result.Error);
    }

    [Fact]
    public void F19_markdown_nested_ten_thousand_quotes_deep_is_refused_in_chinese_naming_the_cap()
    {
        var result = Reports.Loader.Load(Encoding.UTF8.GetBytes(new string('>', 10000) + "\n"), "deep.md");
        Assert.False(result.Succeeded);
        Assert.Contains("嵌套深度上限", result.Error);
        Assert.DoesNotContain("Markdown elements", result.Error);
    }

    [Fact]
    public void F19_markdown_quotes_nested_a_few_levels_are_read()
    {
        var result = Reports.Loader.Load(Encoding.UTF8.GetBytes("> > > 一、总体情况\n"), "shallow.md");
        Assert.True(result.Succeeded, result.Error);
    }

    private static string Body(string text)
        => $"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>";

    /// <summary>A w:document whose body is <paramref name="length"/> bytes of spaces, streamed into the zip.</summary>
    private static Action<Stream> Spaces(long length) => stream =>
    {
        stream.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"u8);
        var chunk = new byte[1 << 20];
        chunk.AsSpan().Fill((byte)' ');
        for (long left = length; left > 0; left -= chunk.Length) stream.Write(chunk, 0, (int)Math.Min(left, chunk.Length));
        stream.Write("</w:body></w:document>"u8);
    };

    private static byte[] Docx(string? documentXml, params (string Name, long Length)[] extra)
        => Docx(documentXml is null ? null : s => s.Write(Encoding.UTF8.GetBytes(documentXml)), extra);

    private static byte[] Docx(Action<Stream>? documentXml, params (string Name, long Length)[] extra)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Entry(string name, Action<Stream> write)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                write(stream);
            }
            Entry("[Content_Types].xml", s => s.Write("""
                <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="bin" ContentType="application/octet-stream"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
                """u8));
            Entry("_rels/.rels", s => s.Write("""
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
                """u8));
            if (documentXml is not null) Entry("word/document.xml", documentXml);
            foreach (var (name, length) in extra) Entry(name, s => Fill(s, length));
        }
        return buffer.ToArray();
    }

    private static void Fill(Stream stream, long length)
    {
        if (length == 0) return;
        var chunk = new byte[1 << 20];
        for (long left = length; left > 0; left -= chunk.Length) stream.Write(chunk, 0, (int)Math.Min(left, chunk.Length));
    }
}
