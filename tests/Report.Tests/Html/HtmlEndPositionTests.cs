using GovInfo.Report.Documents;
using GovInfo.Report.Text;
using GovInfo.Tests;

namespace GovInfo.Report.Tests.Html;

/// <summary>Issue 17, F15: a span of page text ends just after its last character, whatever follows it in the markup.</summary>
public sealed class HtmlEndPositionTests
{
    [Theory]
    [InlineData("")]
    [InlineData("<b></b>")]
    [InlineData("&nbsp;")]
    [InlineData(" ")]
    [InlineData("<img src=\"x.png\">")]
    [InlineData("&nbsp;<b></b> <img src=x>")]
    public void F15_the_title_ends_after_its_last_character_on_its_own_line(string after)
    {
        const string title = "示例局2024年政府信息公开工作年度报告";
        string html = $"<html><body>\n<p>{title}{after}</p>\n<p>一、总体情况</p>\n</body></html>";
        var loaded = Reports.Loader.Load(System.Text.Encoding.UTF8.GetBytes(html), "page.html");
        Assert.True(loaded.Succeeded, loaded.Error);
        var document = loaded.Report!.Document;
        var block = Assert.IsType<TitleBlock>(document.Title);
        var (start, end) = document.Source.LocateSpan(block.Span);

        int column = html.Split('\n')[1].IndexOf(title, StringComparison.Ordinal) + 1;
        Assert.Equal(new LinePosition(2, column), start);
        Assert.Equal(new LinePosition(2, column + title.Length), end);
    }

    [Theory]
    [InlineData("</p>")]
    [InlineData("<b></b></p>")]
    [InlineData("&nbsp;</p>")]
    [InlineData("<img src=x></p>")]
    public void F15_every_sentence_end_maps_no_earlier_than_its_start(string after)
    {
        string html = $"<html><body>\n<p>示例局2024年政府信息公开工作年度报告</p>\n<p>一、总体情况</p>\n<p>本机关公开文件。{after}\n</body></html>";
        var document = Reports.Loader.Load(System.Text.Encoding.UTF8.GetBytes(html), "page.html").Report!.Document;
        foreach (var block in document.Blocks)
        {
            var (start, end) = document.Source.LocateSpan(block.Span);
            Assert.True(end.Line > start.Line || end.Column >= start.Column, $"{block.GetType().Name} {start} → {end}");
            Assert.Equal(start.Line, end.Line);
        }
    }
}
