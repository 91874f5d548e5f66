using GovInfo.Report.Documents;
using GovInfo.Report.Reading;
using GovInfo.Report.Text;

using GovInfo.Tests;

namespace GovInfo.Report.Tests;

/// <summary>
/// The line classifiers rule most lines out by their first character before running their pattern: every way each
/// pattern can start, behind every blank it allows, must still be recognised.
/// </summary>
public class LineStartPrefilterTests
{
    [Theory]
    [InlineData("一、总体情况", 1)]
    [InlineData("二、主动公开", 2)]
    [InlineData("三、收到", 3)]
    [InlineData("四、复议", 4)]
    [InlineData("五、问题", 5)]
    [InlineData("六、其他", 6)]
    [InlineData("七、其他", 7)]
    [InlineData("八、其他", 8)]
    [InlineData("九、其他", 9)]
    [InlineData("十、其他", 10)]
    [InlineData("（一）主动公开", 1)]
    [InlineData("(二)依申请", 2)]
    [InlineData("（3）括号", 3)]
    [InlineData("(４)全角", 4)]
    [InlineData("5. 其他", 5)]
    [InlineData("０６、全角", 6)]
    [InlineData("⑳圈号", 20)]
    [InlineData("①圈号", 1)]
    public void Numbering_is_found_behind_any_leading_blank(string numbered, int value)
    {
        foreach (var blanks in new[] { "", " ", "\t", "\u3000", " \u3000\t" })
        {
            string text = "前文" + blanks + numbered;
            Assert.True(NumberingParser.TryParse(text, 2, text.Length, out var numbering, out _), $"“{blanks}{numbered}”");
            Assert.Equal(value, numbering!.Value);
        }
    }

    [Theory]
    [InlineData("总体情况")]
    [InlineData("   ")]
    [InlineData("——")]
    public void A_line_without_numbering_has_none(string text)
        => Assert.False(NumberingParser.TryParse(text, 0, text.Length, out _, out _));

    [Fact]
    public void Numbering_is_read_only_up_to_the_limit()
    {
        const string text = "  一、总体情况";
        Assert.False(NumberingParser.TryParse(text, 0, 2, out _, out _));
        Assert.True(NumberingParser.TryParse(text, 0, 4, out _, out _));
    }

    [Theory]
    [InlineData("# 标题", 1)]
    [InlineData(" ## 标题", 2)]
    [InlineData("   ###### 标题", 6)]
    [InlineData("##", 2)]
    public void An_atx_heading_opens_after_at_most_three_spaces(string line, int level)
    {
        var source = new SourceText("前文\n" + line);
        var heading = HeadingRecognizer.ReadAtx(source, source.GetLineSpan(2));
        Assert.NotNull(heading);
        Assert.Equal(level, heading.Level);
        Assert.True(HeadingRecognizer.IsAtxHeading(source.Text, source.GetLineSpan(2)));
    }

    [Theory]
    [InlineData("    # 缩进四格")]
    [InlineData("#没有空格")]
    [InlineData("\t# 制表符")]
    [InlineData("一、# 标题")]
    public void Other_lines_are_no_atx_heading(string line)
    {
        var source = new SourceText(line);
        Assert.Null(HeadingRecognizer.ReadAtx(source, source.GetLineSpan(1)));
        Assert.False(HeadingRecognizer.IsAtxHeading(source.Text, source.GetLineSpan(1)));
    }

    [Theory]
    [InlineData("- 条目")]
    [InlineData("* 条目")]
    [InlineData("+ 条目")]
    [InlineData("• 条目")]
    [InlineData("· 条目")]
    [InlineData("\u3000\t - 条目")]
    public void A_bullet_is_found_behind_any_leading_blank(string line)
    {
        var source = new SourceText("前文。\n" + line);
        var item = RunningText.ReadBullet(source, source.GetLineSpan(2));
        Assert.NotNull(item);
        Assert.Equal("条目", item.Text);
    }

    [Theory]
    [InlineData("— 3 —")]
    [InlineData("– 3 –")]
    [InlineData("－3－")]
    [InlineData("~ 3 ~")]
    [InlineData("～3～")]
    [InlineData("· 3 ·")]
    [InlineData("第 3 页")]
    [InlineData("3/5")]
    [InlineData("３ / ５")]
    [InlineData("\u3000 — 3 —")]
    public void Every_page_number_form_is_a_footer(string line)
        => Assert.True(PageChrome.IsPageFooter(line, new TextSpan(0, line.Length)), line);

    [Theory]
    [InlineData("当前位置：首页 > 政务公开")]
    [InlineData("您的位置：首页 > 政务公开")]
    [InlineData("您现在的位置：首页 > 政务公开")]
    [InlineData("你的位置：首页 > 政务公开")]
    [InlineData("所在位置：首页 > 政务公开")]
    [InlineData("现在位置：首页 > 政务公开")]
    [InlineData("\u3000 当前位置: 首页 > 政务公开")]
    public void Every_breadcrumb_wording_starts_breadcrumbs(string line)
        => Assert.Equal(line.Length, PageChrome.BreadcrumbEnd(line, new TextSpan(0, line.Length)));

    [Theory]
    [InlineData("=====")]
    [InlineData("＝＝＝＝")]
    [InlineData("-----")]
    [InlineData("———")]
    [InlineData("_____")]
    [InlineData("*****")]
    [InlineData("### 正文 ###")]
    [InlineData("~~~~~")]
    [InlineData("\u3000 ==== 正文 ====")]
    public void Every_rule_line_ends_a_header(string rule)
    {
        var source = new SourceText($"标题: 某局年度报告\n发布时间: 2024-01-01\n{rule}\n正文第一行。\n");
        Assert.Equal(3, PageChrome.HeaderEnd(source, source.LineCount));
        Assert.True(PageChrome.IsTitleField(source.Text, source.GetLineSpan(1)));
        Assert.True(PageChrome.IsTitleField("标题：某局年度报告", new TextSpan(0, 9)));
    }

    [Fact]
    public void Line_starts_are_found_after_every_kind_of_line_break()
    {
        var source = new SourceText("甲\r\n乙\r丙\n\n丁\r\n");
        Assert.Equal(6, source.LineCount);
        Assert.Equal(["甲", "乙", "丙", "", "丁", ""], Enumerable.Range(1, source.LineCount).Select(source.GetLine));
        Assert.Equal(new LinePosition(5, 1), source.GetLinePosition(source.Text.IndexOf('丁')));
    }

    [Theory]
    [InlineData("一\t2\t\t4", new[] { "一", "2", "", "4" })]
    [InlineData("\t甲\t", new[] { "", "甲", "" })]
    [InlineData("甲 \t 乙", new[] { "甲", "乙" })]
    public void Tab_rows_split_at_every_tab(string line, string[] cells)
    {
        var source = new SourceText("前文。\n" + line);
        var table = TableParser.ParseTabs(source, [source.GetLineSpan(2)]);
        Assert.Equal(cells, table.Rows[0].Cells.Select(c => c.Text));
        Assert.All(table.Rows[0].Cells, c => Assert.Equal(c.Text, source[c.Span]));
    }
}
