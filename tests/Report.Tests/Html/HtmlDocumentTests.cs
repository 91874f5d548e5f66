using GovInfo.Report.Documents;
using GovInfo.Report.Formats.Html;
using GovInfo.Tests;

namespace GovInfo.Report.Tests.Html;

/// <summary>The Document the HTML reader builds: structure from the elements, running text between, positions in the text it writes.</summary>
public sealed class HtmlDocumentTests
{
    private static Document Read(string html) => new HtmlFormat().TryRead(System.Text.Encoding.UTF8.GetBytes(html), "page.html", out var document, out var error)
        ? document : throw new InvalidOperationException(error);

    // The title comes from <title> (the body has none); a directive has the blank line before what it covers; a
    // one-row table of two cells lays text out and is running text; a heading holding paragraphs is a heading up to
    // its first line break, as a text export of it would read.
    [Fact]
    public void Headings_tables_and_directives_come_from_elements_and_the_rest_is_running_text()
    {
        const string html = """
            <html><head><title>某局2024年政府信息公开工作年度报告_某市政府门户网站</title></head>
            <body><nav>首页</nav><div class="TRS_Editor">
            <h2>一、总体情况</h2>
            <p>本机关全年<br/>主动公开信息 10 条。</p>
            <!-- govlint-disable-next-line GI6003 -->
            <p>（一）主动公开</p>
            <table><tr><td rowspan="2">信息内容</td><td colspan="2">本年</td></tr><tr><td>1</td><td>&nbsp;</td></tr></table>
            <table><tr><td>版面</td><td>说明</td></tr></table>
            <h3><p>二、</p><p>主动公开</p></h3>
            </div><footer>版权所有</footer></body></html>
            """;
        Assert.Equal(
            """
            title (1,1)-(1,20) 某局2024年政府信息公开工作年度报告
            heading2 Markdown (3,4)-(3,10) [一、] 总体情况
            paragraph (5,1)-(6,13) [] 本机关全年⏎主动公开信息 10 条。
            heading2 Numbered (9,1)-(9,8) [（一）] 主动公开
            table Markup (11,1)-(12,4) rows=2 cells=3,3
              row (11,1)-(11,9)
                cell (11,1)-(11,5) Text 信息内容 (2×1)
                cell (11,6)-(11,8) Text 本年 (1×2)
                cell (11,9)-(11,9) Empty 
              row (12,1)-(12,4)
                cell (12,1)-(12,1) Empty 
                cell (12,2)-(12,3) Number 1
                cell (12,4)-(12,4) Empty 
            paragraph (14,1)-(14,6) [] 版面	说明
            heading3 Markdown (16,4)-(16,4) [] 
            paragraph (18,1)-(18,3) [二、] 二、
            paragraph (20,1)-(20,5) [] 主动公开
            directive (8,1)-(8,1) DisableNextLine GI6003
            """.ReplaceLineEndings("\n"),
            DocumentDump.Of(Read(html), cells: true));
    }
}
