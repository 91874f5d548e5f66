using CsCheck;
using GovInfo.Report.Documents;
using GovInfo.Report.Text;

using GovInfo.Tests;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GovInfo.Report.Tests;

/// <summary>Property tests: no input, however broken, makes the reader or binder throw.</summary>
public class ReaderRobustnessTests
{
    private static readonly Gen<string> Token = Gen.OneOfConst(
        "\t", "\n", "\r\n", "\r", "|", " | ", "| --- |", "---", "# ", "## ", "###### ", "- ", "  - ", "* ", "1. ", "一、", "三、",
        "（一）", "(七) ", "3. 其他", "总计", "本年新收政府信息公开申请数量", "本年度办理结果", "不予公开", "自然人", "第二十条第（一）项",
        "信息内容", "行政复议", "结果 维持", "0", "12", "５", "1.5", "/", "-", "报告", "2024 年", "\u3000", " ", "。", "，",
        "<!-- x -->", "```", "> ", "*", "\\", "𠮷", "\uD800", "\0", "六、其他需要报告的事项", "政府信息公开工作年度报告");

    private static readonly Gen<string> Input = Token.Array[0, 120].Select(string.Concat);

    [Fact]
    public void Random_token_soup_never_throws_and_every_span_is_inside_the_text()
    {
        Input.Sample(text =>
        {
            foreach (var path in new[] { "r.txt", "r.md" })
            {
                var report = Reports.FromText(text, path);
                AssertSpansValid(report);
            }
        }, iter: 3000);
    }

    private static readonly Gen<string> HtmlToken = Gen.OneOfConst(
        "<p>", "</p>", "<div class=TRS_Editor>", "</div>", "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<td rowspan=3>",
        "<td colspan=\"0\">", "<th rowspan=-1>", "<br/>", "<span>", "</span>", "<h2>", "</h2>", "<script>", "</script>", "<style>", "<!--",
        "-->", "<!-- govlint-disable -->", "&nbsp;", "&amp;", "&#20013;", "&#x4e2d;", "&bogus;", "&", "<", ">", "\"", "'", "=",
        "<title>", "</title>", "<nav>", "<a href='x'>", "</a>", "<o:p>", "</o:p>", "<article>", "<tbody>", "<caption>", "\r\n", "\n",
        " ", "\t", "一、总体情况", "商业", "企业", "12", "/", "报告", "2024年", "，", "。", "𠮷", "\0");

    [Fact]
    public void Random_html_never_throws_and_maps_every_character_into_the_page()
    {
        HtmlToken.Array[0, 150].Select(string.Concat).Sample(html =>
        {
            var loaded = Reports.Loader.Load(System.Text.Encoding.UTF8.GetBytes(html), "page.html");
            if (loaded.Report is not { } report) return; // refused as binary (NUL characters), with a message
            AssertSpansValid(report);
            var source = report.Document.Source;
            if (source.Map is not { } map) return;
            for (int i = 0; i <= source.Length; i++)
            {
                int original = map.ToOriginal(i);
                Assert.InRange(original, 0, map.Original.Length);
                if (i < source.Length && map.TryMapVerbatim(new TextSpan(i, 1), out var verbatim))
                    Assert.Equal(source.Text[i], map.Original.Text[verbatim.Start]);
            }
        }, iter: 2000);
    }

    [Fact]
    public void Docx_with_random_bytes_changed_or_cut_never_throws()
    {
        var docx = DocxBuilder.FromText(File.ReadAllText(TestPaths.Fixture("000")));
        Gen.Select(Gen.Int[0, docx.Length - 1], Gen.Int[1, 16], Gen.Byte, Gen.Bool).Sample((at, count, value, cut) =>
        {
            byte[] bytes = cut ? docx[..at] : (byte[])docx.Clone();
            if (!cut) for (int i = at; i < Math.Min(bytes.Length, at + count); i++) bytes[i] ^= (byte)(value | 1);
            var result = Reports.Loader.Load(bytes, "r.docx");
            if (result.Report is { } report) AssertSpansValid(report);
            else Assert.StartsWith("不是有效的 .docx 文件：", result.Error);
        }, iter: 400);
    }

    [Fact]
    public void Docx_of_random_paragraphs_and_ragged_merged_tables_never_throws_and_maps_back_into_its_paragraphs()
    {
        string[] texts = ["", "一、总体情况", "本年新收", "12", "/", "商业", "企业", "结果 维持", "\t", "𠮷"];
        Gen.Int[0, 99].Array[1, 40].Sample(program =>
        {
            byte[] bytes = DocxBuilder.Build(body =>
            {
                W.TableRow? row = null;
                W.Table? table = null;
                foreach (int op in program)
                {
                    string text = texts[op % texts.Length];
                    switch (op / 10)
                    {
                        case 0 or 1 or 2: table = null; body.Append(DocxBuilder.Paragraph(text, op % 3 == 0 ? "Heading2" : null, op % 4 == 0 ? 0 : null)); break;
                        case 3: table = new W.Table(); body.Append(table); row = null; break;
                        case 4: if (table is null) { table = new W.Table(); body.Append(table); } row = new W.TableRow(); if (op % 2 == 0) row.Append(new W.TableRowProperties(new W.GridBefore { Val = op % 3 })); table.Append(row); break;
                        default:
                            if (table is null) { table = new W.Table(); body.Append(table); }
                            if (row is null) { row = new W.TableRow(); table.Append(row); }
                            var properties = new W.TableCellProperties();
                            if (op % 3 == 0) properties.Append(new W.GridSpan { Val = op % 5 });
                            if (op % 4 == 1) properties.Append(new W.VerticalMerge { Val = op % 8 == 1 ? W.MergedCellValues.Restart : W.MergedCellValues.Continue });
                            row.Append(new W.TableCell(properties, DocxBuilder.Paragraph(text), DocxBuilder.Paragraph(texts[(op / 3) % texts.Length])));
                            break;
                    }
                }
            });
            var result = Reports.Loader.Load(bytes, "r.docx");
            Assert.True(result.Succeeded, result.Error);
            var source = result.Report!.Document.Source;
            var original = source.Map!.Original;
            for (int offset = 0; offset <= source.Length; offset++)
            {
                var at = source.Locate(offset);
                Assert.InRange(at.Line, 1, original.LineCount);
            }
            AssertSpansValid(result.Report);
        }, iter: 300);
    }

    [Fact]
    public void Fixtures_cut_at_random_points_never_throw()
    {
        var fixtures = TestPaths.AllFixtures.Select(File.ReadAllBytes).ToArray();
        Gen.Select(Gen.Int[0, fixtures.Length - 1], Gen.Double[0, 1], Gen.Double[0, 1]).Sample((index, a, b) =>
        {
            var bytes = fixtures[index];
            int cut = (int)(bytes.Length * Math.Min(a, b)), resume = (int)(bytes.Length * Math.Max(a, b));
            // A prefix, and the same file with a slice cut out of its middle.
            foreach (var variant in new[] { bytes[..cut], [.. bytes[..cut], .. bytes[resume..]] })
            {
                foreach (var path in new[] { "cut.txt", "cut.md" })
                {
                    var result = Reports.Loader.Load(variant, path);
                    Assert.True(result.Succeeded || result.Error is { Length: > 0 });
                    if (result.Report is { } report) AssertSpansValid(report);
                }
            }
        }, iter: 1500);
    }

    [Fact]
    public void Random_bytes_are_decoded_or_refused_never_thrown()
    {
        Gen.Byte.Array[0, 400].Sample(bytes =>
        {
            bool ok = SourceDecoder.TryDecode(bytes, "x.txt", out var text, out var error);
            Assert.True(ok ? text is not null : error is { Length: > 0 });
        }, iter: 3000);
    }

    [Theory]
    [InlineData("report.ofd", "OFD")]
    [InlineData("report.wps", ".wps")]
    public void A_published_format_no_reader_reads_is_refused_with_advice_not_as_binary(string path, string named)
    {
        byte[] binary = [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01, 0x02, 0x00, 0xFF];
        Assert.False(Reports.Reader.TryRead(binary, path, out _, out var error));
        Assert.Contains(named, error);
        Assert.Contains("另存为", error);
        Assert.DoesNotContain("NUL", error);
    }

    private static void AssertSpansValid(Binding.Report report)
    {
        var source = report.Document.Source;
        foreach (var block in report.Document.Blocks)
        {
            Assert.InRange(block.Span.End, 0, source.Length);
            if (block is Table table)
                foreach (var cell in table.Rows.SelectMany(r => r.Cells))
                    Assert.Equal(cell.Text, source[cell.Span]);
            if (block is Heading heading) Assert.Equal(heading.Text, source[heading.TextSpan]);
        }
    }
}
