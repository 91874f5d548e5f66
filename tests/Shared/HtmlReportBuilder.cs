using System.Net;
using System.Text;
using GovInfo.Report.Documents;
using GovInfo.Report.Formats.Markdown;
using GovInfo.Report.Formats.Text;
using GovInfo.Report.Reading;
using GovInfo.Report.Text;

namespace GovInfo.Tests;

/// <summary>
/// Writes a report text file as a portal page would publish it: navigation, breadcrumbs, share buttons,
/// scripts and a footer around a TRS_Editor body; text split across spans at arbitrary points, Word-style
/// &amp;nbsp; indents and &lt;o:p&gt; cells; Markdown headings as h1–h6; tables with merged cells.
/// </summary>
public static class HtmlReportBuilder
{
    public static string FromReport(string path, bool oneLine = false)
    {
        var source = SourceDecoder.Decode(File.ReadAllBytes(path), path);
        var document = new PlainTextReader().Read(source);
        var random = new Random(7);
        var body = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            string raw = source[block.Span];
            switch (block)
            {
                case Heading { Syntax: HeadingSyntax.Markdown } h:
                    body.Append($"<h{h.Level}>").Append(Split(h.Text, random)).Append($"</h{h.Level}>\n");
                    break;
                case TitleBlock t when raw.TrimStart().StartsWith('#'):
                    body.Append("<h1>").Append(Split(t.Text, random)).Append("</h1>\n");
                    break;
                case Table table:
                    Table(body, table, random);
                    break;
                default:
                    var lines = raw.Split('\n').Select(l => Split(l.TrimEnd('\r').Trim(), random));
                    body.Append("<p class=MsoNormal style=\"text-indent:2em;mso-char-indent-count:2.0\">&nbsp;&nbsp;")
                        .Append(string.Join("<br/>\n", lines)).Append("<o:p></o:p></p>\n");
                    break;
            }
        }
        string title = document.Title?.Text ?? "政府信息公开工作年度报告";
        string page = $$"""
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>{{WebUtility.HtmlEncode(title)}}_某某市人民政府门户网站</title>
            <meta name="description" content="{{WebUtility.HtmlEncode(title)}}">
            <script type="text/javascript">var siteYear = 2019; if (a < b && c) { document.write("<p>IPV6</p>"); }</script>
            <style>.nav a { color: #333 } </style></head>
            <body><div class="top"><nav><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/hd/">互动交流</a> IPV6 无障碍 English</nav></div>
            <div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 年度报告</div>
            <div class="share">分享到：<a>QQ空间</a> <a>微信</a> <a>微博</a></div>
            <div class="content"><div class=TRS_Editor>
            {{body}}</div></div>
            <div class="footer"><p>版权所有：某某市人民政府办公室 建议使用IE9以上或谷歌浏览器 63版本</p><p>网站标识码 3400000001 2019年</p></div>
            <script>window.stat && stat("2018");</script></body></html>
            """;
        return oneLine ? page.Replace("\r", "").Replace("\n", "") : page;
    }

    private static void Table(StringBuilder html, Table table, Random random)
    {
        html.Append("<table class=MsoNormalTable border=1 cellspacing=0 style=\"border-collapse:collapse\">\n<tbody>\n");
        foreach (var row in MergedTable.Merge(table))
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td");
                if (cell.ColumnSpan > 1) html.Append($" colspan=\"{cell.ColumnSpan}\"");
                if (cell.RowSpan > 1) html.Append($" rowspan={cell.RowSpan}");
                html.Append(" style=\"border:solid windowtext 1.0pt;padding:0cm 5.4pt\">");
                html.Append(cell.Text.Length == 0 ? "<p><o:p>&nbsp;</o:p></p>" : CellText(cell.Text, random));
                html.Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table>\n");
    }

    /// <summary>Long Chinese labels split into two paragraphs, as Word exports a wrapped cell (商业 / 企业).</summary>
    private static string CellText(string text, Random random)
    {
        bool label = text.Length >= 4 && text.All(DisplayWidth.IsWide);
        if (!label) return $"<p align=center><span lang=EN-US>{Split(text, random)}</span></p>";
        int half = text.Length / 2;
        return $"<p>{Split(text[..half], random)}</p>\n<p>{Split(text[half..], random)}</p>";
    }

    /// <summary>The text HTML-escaped and cut into spans of 3–7 characters, anywhere (even inside numbers).</summary>
    private static string Split(string text, Random random)
    {
        var html = new StringBuilder();
        for (int i = 0; i < text.Length;)
        {
            int length = Math.Min(text.Length - i, random.Next(3, 8));
            string part = WebUtility.HtmlEncode(text.Substring(i, length)).Replace(" ", "&nbsp;");
            html.Append(random.Next(4) == 0 ? $"<span style=\"font-family:仿宋_GB2312;mso-ascii-font-family:'Times New Roman'\">{part}</span>" : $"<span>{part}</span>");
            i += length;
        }
        return html.ToString();
    }
}
