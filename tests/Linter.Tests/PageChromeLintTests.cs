using GovInfo.Tests;

namespace GovInfo.Linter.Tests;

/// <summary>Text around a report — a crawler's header, breadcrumbs, page numbers, running headers — yields no finding.</summary>
public class PageChromeLintTests
{
    private static List<string> Findings(string text)
    {
        using var dir = new TempDirectory();
        return [.. Linting.LintOne(dir.File("r.txt", text)).Diagnostics.Select(d => $"{d.Id} {d.Message}").Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void Page_chrome_added_to_a_report_adds_no_finding()
    {
        string report = Linting.Fixture000.ReplaceLineEndings("\n");
        var paragraphs = report.Split("\n\n");
        // A page number and a running header between every few paragraphs, as a PDF's pages print them.
        var paged = new List<string>();
        for (int k = 0; k < paragraphs.Length; k++)
        {
            paged.Add(paragraphs[k]);
            if (k % 4 == 3 && k + 1 < paragraphs.Length) paged.Add($"— {k / 4 + 1} —\n\n某区政务信息管理局");
        }
        string crawled = "标题: 某区2024年政府信息公开工作年度报告\n发布时间: 2025-01-10 09:00\n原文链接: http://example.org/a,b:c.htm\n栏目: 年报;公开\n==================== 正文 ====================\n"
            + "当前位置：首页>政务公开>年报 来源:某区 时间:2025-01-10 分享到:微信,微博 \n" + string.Join("\n\n", paged);
        Assert.True(paged.Count >= paragraphs.Length + 3, "the fixture should span several pages");
        Assert.Equal(Findings(report), Findings(crawled));
    }
}
