using GovInfo.Report.Documents;
using GovInfo.Report.Formats.Html;
using GovInfo.Report.Reading;
using GovInfo.Report.Text;
using GovInfo.Tests;

namespace GovInfo.Report.Tests.Html;

/// <summary>The HTML reader: text as rendered, tables with merged cells, positions in the source, messy labels.</summary>
public sealed class HtmlReaderTests
{
    private static SourceText Read(string html) => ReadDocument(html).Source;

    private static Document ReadDocument(string html) => new HtmlFormat().TryRead(System.Text.Encoding.UTF8.GetBytes(html), "page.html", out var document, out var error)
        ? document : throw new InvalidOperationException(error);

    [Fact]
    public void Text_split_across_elements_is_joined_and_maps_back_to_each_character()
    {
        string html = "<body><p>本机关<span>20</span><span>24</span>年&nbsp;公开&amp;更新</p></body>";
        var source = Read(html);

        Assert.Equal("本机关2024年 公开&更新", source.Text.Trim());
        int year = source.Text.IndexOf("2024", StringComparison.Ordinal);
        Assert.Equal(new LinePosition(1, html.IndexOf("20", StringComparison.Ordinal) + 1), source.Locate(year));
        Assert.Equal(new LinePosition(1, html.IndexOf("24<", StringComparison.Ordinal) + 1), source.Locate(year + 2));
        Assert.Equal(new LinePosition(1, html.IndexOf("&amp;", StringComparison.Ordinal) + 1), source.Locate(source.Text.IndexOf('&')));
    }

    [Fact]
    public void Only_verbatim_text_can_be_mapped_for_a_fix()
    {
        var source = Read("<p>公开&amp;更新</p>");
        var map = source.Map!;
        int amp = source.Text.IndexOf('&');

        Assert.True(map.TryMapVerbatim(new TextSpan(0, 2), out var verbatim));
        Assert.Equal(new TextSpan(3, 2), verbatim);
        Assert.False(map.TryMapVerbatim(new TextSpan(amp, 1), out _));
        Assert.False(map.TryMapVerbatim(new TextSpan(amp - 1, 2), out _));
        Assert.True(map.TryMapVerbatim(new TextSpan(amp + 1, 0), out var insertion));
        Assert.Equal(10, insertion.Start);
    }

    [Fact]
    public void Crlf_line_breaks_are_counted_as_the_source_has_them()
    {
        var source = Read("<html>\r\n<body>\r\n<p>第一段。</p>\r\n<p>第二\r\n段。</p></body></html>");
        int second = source.Text.IndexOf('二');
        Assert.Equal(new LinePosition(4, 5), source.Locate(second));
        Assert.Equal(new LinePosition(5, 1), source.Locate(source.Text.IndexOf("段。", second, StringComparison.Ordinal)));
    }

    [Fact]
    public void Rowspan_and_colspan_expand_to_a_grid_with_the_text_in_the_top_left_slot()
    {
        var source = Read("""
            <table>
            <tr><td rowspan="3">三、本年度办理结果</td><td colspan=2>（一）予以公开</td><td>1</td></tr>
            <tr><td>（二）部分公开</td><td><p>区分</p><p>处理</p></td><td>2</td></tr>
            <tr><td colspan="3">合计</td></tr>
            </table>
            """);
        var rows = source.Text.Trim('\n').Split('\n');

        Assert.Equal(["三、本年度办理结果\t（一）予以公开\t\t1", "\t（二）部分公开\t区分处理\t2", "\t合计\t\t"], rows);
    }

    [Fact]
    public void An_empty_spacer_row_does_not_split_the_table()
    {
        const string html = "<table><tr><td>（一）予以公开</td><td>1</td></tr><tr><td></td><td>&nbsp;</td></tr><tr><td>（二）部分公开</td><td>2</td></tr></table>";
        var source = Read(html);

        Assert.Equal("（一）予以公开\t1\n（二）部分公开\t2", source.Text.Trim('\n'));
        var table = Assert.Single(Reports.Readers[0].Read(source).Blocks.OfType<GovInfo.Report.Documents.Table>());
        Assert.Equal(2, table.Rows.Count);
        Assert.True(source.Map!.TryMapVerbatim(new TextSpan(source.Text.IndexOf('2'), 1), out var two));
        Assert.Equal(html.IndexOf(">2<", StringComparison.Ordinal) + 1, two.Start);
    }

    [Fact]
    public void Headings_become_markdown_headings_and_hidden_elements_are_left_out()
    {
        var source = Read("<body><h2>一、总体情况</h2><p style=\"display: none\">隐藏</p><div hidden>也隐藏</div><p>正文。<script>var x = '脚本';</script></p></body>");
        Assert.Equal("## 一、总体情况\n\n正文。", source.Text.Trim());
    }

    [Fact]
    public void Messy_labels_still_bind_the_official_tables()
    {
        // Labels with spaces inside, half-width brackets, &nbsp; and / in cells, as portals publish them.
        string text = File.ReadAllText(TestPaths.Fixture("000"))
            .Replace("商业企业", "商业 企业").Replace("（一）", "(一)").Replace("（二）", "(二)");
        using var temp = new TempDirectory();
        string page = HtmlReportBuilder.FromReport(temp.File("messy.txt", text));
        var expected = Reports.Load(TestPaths.Fixture("000"));
        var actual = Reports.Load(temp.File("messy.html", page));

        Assert.All(actual.Tables, t => Assert.True(t.IsFound, t.Definition.Key));
        Assert.Equal(
            expected.Tables.SelectMany(t => t.Cells).Select(c => (c.Row.Key, c.Column.Key, c.Number)),
            actual.Tables.SelectMany(t => t.Cells).Select(c => (c.Row.Key, c.Column.Key, c.Number)));
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html>", true)]
    [InlineData("  <HTML lang=zh>", true)]
    [InlineData("一、总体情况", false)]
    public void Pages_without_an_html_extension_are_recognised_by_their_start(string start, bool html)
        => Assert.Equal(html, new HtmlFormat().Sniff(System.Text.Encoding.UTF8.GetBytes(start)));

    [Fact]
    public void A_page_saved_in_gb18030_is_decoded()
    {
        byte[] bytes = SourceDecoder.Gb18030.GetBytes("<html><head><meta charset=gb2312></head><body><p>一、总体情况</p></body></html>");
        Assert.True(new HtmlFormat().TryRead(bytes, "page.htm", out var document, out _));
        var source = document.Source;
        Assert.Equal("一、总体情况", source.Text.Trim());
        Assert.Equal(SourceDecoder.Gb18030CodePage, source.Map!.Original.Encoding.CodePage);
    }

    [Fact]
    public void Govlint_directive_comments_are_directives_on_a_line_of_their_own_and_other_comments_dropped()
    {
        var document = ReadDocument("<body><p>一、总体情况</p><!-- 编辑注释 --><!-- govlint-disable-next-line GI6003 --><p>甲,乙。</p></body>");
        var directive = Assert.Single(document.Directives);
        Assert.Equal(DirectiveKind.DisableNextLine, directive.Kind);
        Assert.Equal(["GI6003"], directive.Ids);
        var source = document.Source;
        Assert.Equal("一、总体情况\n\n\n甲,乙。", source.Text.Trim());
        // The directive's line is followed by the paragraph it covers.
        Assert.Equal(source.GetLinePosition(directive.Span.Start).Line + 1, source.GetLinePosition(source.Text.IndexOf('甲')).Line);
    }

    [Theory]
    [InlineData("<b><i>", 20000)]
    [InlineData("<div>", 20000)]
    [InlineData("<span>", 600)]
    public void F18_a_page_nested_beyond_the_depth_cap_is_refused_by_counted_work_not_by_a_clock(string open, int count)
    {
        string html = "<html><body><p>一、总体情况</p>" + string.Concat(Enumerable.Repeat(open, count)) + "文字</body></html>";

        bool opened = new HtmlFormat().TryRead(System.Text.Encoding.UTF8.GetBytes(html), "deep.html", out _, out var error);

        Assert.False(opened);
        Assert.Contains($"嵌套超过 {InputLimits.MaxHtmlDepth} 层（嵌套深度上限）", error);
    }

    [Fact]
    public void F18_a_page_nested_up_to_the_cap_is_read()
    {
        int depth = InputLimits.MaxHtmlDepth - 3; // html, body and the p are levels too
        string html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>一、总体情况</p>" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";
        Assert.Contains("一、总体情况", ReadDocument(html).Source.Text);
    }

    [Fact]
    public void F18_many_shallow_elements_within_the_caps_are_read()
    {
        string html = "<html><body>" + string.Concat(Enumerable.Repeat("<div><p>甲</p></div>", 3000)) + "</body></html>";
        Assert.Equal(3000, ReadDocument(html).Source.Text.Count(c => c == '甲'));
    }
}
