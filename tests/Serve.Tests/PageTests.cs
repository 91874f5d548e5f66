using Microsoft.Playwright;
using GovInfo.Tests;

namespace GovInfo.Serve.Tests;

/// <summary>The page in a real browser: one mark per finding the CLI reports, a click brings a finding into view, a chosen fix downloads a fixed file, bad input shows the CLI's words, no horizontal scroll on a laptop.</summary>
public class PageTests : IClassFixture<BrowserSession>, IDisposable
{
    private readonly BrowserSession _session;
    private readonly TempDirectory _temp = new();

    public PageTests(BrowserSession session) => _session = session;

    public void Dispose() => _temp.Dispose();

    /// <summary>The fixtures, and a .docx made from the first as an editor would have typed it in Word.</summary>
    private IEnumerable<string> Inputs()
    {
        foreach (var fixture in TestPaths.AllFixtures) yield return fixture;
        yield return _temp.File("草稿.docx", DocxBuilder.FromText(File.ReadAllText(TestPaths.AllFixtures.First())));
    }

    [SkippableFact]
    public async Task Every_fixture_and_a_docx_made_from_one_get_one_mark_per_finding_the_cli_reports()
    {
        var page = await _session.OpenAsync();
        var counts = new List<int>();
        foreach (var path in Inputs())
        {
            int expected = CliFindings.Of(path).Count;
            await page.UploadAsync(path);
            Assert.Equal("done", await page.EvaluateAsync<string>("() => document.body.dataset.state"));
            var marked = await page.EvaluateAsync<int[]>("() => Array.from(document.querySelectorAll('#report mark[data-finding]'), m => Number(m.dataset.finding))");
            Assert.True(expected == marked.Length, $"{Path.GetFileName(path)}: {marked.Length} marks, the CLI reports {expected}");
            Assert.Equal(Enumerable.Range(0, expected), marked.Order());
            Assert.Equal(expected, await page.Locator("#findings .item-finding").CountAsync());
            Assert.True(await page.Locator("#review").IsEnabledAsync(), "下载审阅稿 is disabled");
            await page.ScreenshotAsync("marks-" + Path.GetFileNameWithoutExtension(path));
            counts.Add(expected);
        }
        Assert.Contains(counts, c => c > 0);
    }

    [SkippableFact]
    public async Task A_real_portal_page_and_a_real_pdf_get_one_mark_per_finding_the_cli_reports()
    {
        var real = new[] { "pingtan-2022.html", "hongze-gov-2023.pdf" }.Select(f => Path.Combine(TestPaths.Real, f)).Where(File.Exists).ToList();
        Skip.If(real.Count == 0, $"{TestPaths.Real} 中没有真实报告。");
        var page = await _session.OpenAsync();
        foreach (var path in real)
        {
            int expected = CliFindings.Of(path).Count;
            await page.UploadAsync(path);
            Assert.Equal("done", await page.EvaluateAsync<string>("() => document.body.dataset.state"));
            Assert.Equal(expected, await page.Locator("#report mark[data-finding]").CountAsync());
            await page.ScreenshotAsync("real-" + Path.GetFileNameWithoutExtension(path));
        }
    }

    [SkippableFact]
    public async Task Clicking_a_finding_brings_its_mark_into_view_and_hovering_it_explains_the_rule()
    {
        var page = await _session.OpenAsync();
        string fixture = TestPaths.AllFixtures.MaxBy(f => CliFindings.Of(f).Count)!;
        await page.UploadAsync(fixture);
        // The mark furthest down the report, out of view while the page is at the top.
        int last = await page.EvaluateAsync<int>("() => { const ms = Array.from(document.querySelectorAll('#report mark[data-finding]')); return Number(ms.reduce((a, b) => b.getBoundingClientRect().top > a.getBoundingClientRect().top ? b : a).dataset.finding); }");
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        Assert.False(await InView(page, last), "the last mark is already in view: the test would prove nothing");
        await page.Locator($"#findings .item-finding[data-finding='{last}']").ClickAsync();
        await page.WaitForFunctionAsync($"() => document.getElementById('m-{last}').classList.contains('active')");
        Assert.True(await InView(page, last), "the mark of the clicked finding is not in view");
        await page.ScreenshotAsync("click-into-view");

        await page.Locator($"#m-{last}").HoverAsync();
        await page.WaitForSelectorAsync("#tip:not([hidden])");
        string tip = await page.Locator("#tip").InnerTextAsync();
        var finding = CliFindings.Of(fixture)[last];
        Assert.Contains(finding.Message, tip);
        Assert.Contains($"{finding.Id}：", tip);
        Assert.Contains("规则源：", tip);
    }

    [SkippableFact]
    public async Task Applying_a_chosen_fix_downloads_the_file_in_its_format_without_that_finding()
    {
        var page = await _session.OpenAsync();
        var inputs = Inputs().ToList();
        foreach (var path in new[] { inputs.First(p => CliFindings.Of(p).Count > 0 && p.EndsWith(".txt")), inputs.Last() })
        {
            var before = CliFindings.Of(path);
            await page.UploadAsync(path);
            var box = page.Locator("#findings .item-finding input[type=checkbox]").First;
            Skip.If(await box.CountAsync() == 0, $"{Path.GetFileName(path)} has no fixable finding");
            int index = int.Parse(await box.Locator("xpath=..").GetAttributeAsync("data-finding") ?? "-1");
            var chosen = before[index];
            await box.CheckAsync();
            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#apply").ClickAsync());
            Assert.Equal(Path.GetFileName(path), download.SuggestedFilename);
            string saved = Path.Combine(_temp.Path, "fixed", Path.GetFileName(path));
            await download.SaveAsAsync(saved);
            var after = CliFindings.Of(saved);
            Assert.DoesNotContain(after, f => f.Id == chosen.Id && f.Line == chosen.Line && f.Column == chosen.Column && f.Message == chosen.Message);
            Assert.Equal(before.Count(f => f.Id == chosen.Id) - 1, after.Count(f => f.Id == chosen.Id));
            if (path.EndsWith(".docx")) Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(saved)[..2]);
            await page.ScreenshotAsync("fix-" + Path.GetFileNameWithoutExtension(path));
        }
    }

    [SkippableFact]
    public async Task The_reviewed_copy_downloads_as_a_docx_with_a_comment_per_finding_and_the_counts_first()
    {
        var page = await _session.OpenAsync();
        string path = Inputs().First(p => p.EndsWith(".txt") && CliFindings.Of(p).Count > 0);
        var findings = CliFindings.Of(path);
        await page.UploadAsync(path);
        Assert.True(await page.Locator("#review").IsEnabledAsync(), "下载审阅稿 is disabled");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#review").ClickAsync());
        Assert.Equal(Path.GetFileNameWithoutExtension(path) + "（审阅稿）.docx", download.SuggestedFilename);
        string saved = Path.Combine(_temp.Path, "reviewed", download.SuggestedFilename);
        await download.SaveAsAsync(saved);
        var comments = ReviewedDocx.Comments(File.ReadAllBytes(saved));
        Assert.Equal(findings.Count + 1, comments.Count);
        Assert.Contains($"错误 {findings.Count(f => f.Severity == "error")} 处", comments[0].Text);
        Assert.All(comments, c => Assert.Equal("govlint", c.Author));
        Assert.Empty(ReviewedDocx.ValidationErrors(File.ReadAllBytes(saved)));
    }

    [SkippableFact]
    public async Task An_oversized_and_a_binary_upload_show_the_error_text()
    {
        var page = await _session.OpenAsync();
        // Dropped on the drop zone, made in the page: handing 20 MB to the browser through Playwright takes long.
        string before = await page.EvaluateAsync<string>("() => document.body.dataset.uploads || '0'");
        await page.EvaluateAsync(@"n => {
            const files = new DataTransfer();
            files.items.add(new File([new Uint8Array(n)], '很大的报告.txt', { type: 'text/plain' }));
            document.getElementById('drop').dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
        }", UploadLimit.MaxBytes + 1);
        await page.WaitForFunctionAsync("n => (document.body.dataset.uploads || '0') !== n", before);
        Assert.Equal(UploadLimit.TooLarge(UploadLimit.MaxBytes + 1), await page.Locator("#error").InnerTextAsync());
        await page.ScreenshotAsync("error-too-large");

        var bytes = new byte[4000];
        new Random(15).NextBytes(bytes);
        string binary = _temp.File("二进制.txt", bytes);
        await page.UploadAsync(binary);
        Assert.Equal(CliFindings.Error(binary), await page.Locator("#error").InnerTextAsync());
        Assert.True(await page.Locator("#workspace").IsHiddenAsync());
        await page.ScreenshotAsync("error-binary");
    }

    [SkippableFact]
    public async Task The_page_has_no_horizontal_scroll_at_1366_px()
    {
        var page = await _session.OpenAsync();
        // A fixture with what widens a page: an unbroken 3,000-character run (a crawler's one-line body) and a table of 40 columns.
        string wide = File.ReadAllText(TestPaths.AllFixtures.First())
            + "\n\n" + string.Concat(Enumerable.Repeat("640020470QQ空间", 250)) + "\n\n"
            + string.Join("\n", Enumerable.Range(0, 3).Select(r => string.Join("\t", Enumerable.Range(0, 40).Select(c => $"第{r}行第{c}列数值")))) + "\n";
        await page.UploadAsync(_temp.File("宽.txt", wide));
        Assert.Equal("done", await page.EvaluateAsync<string>("() => document.body.dataset.state"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('#report table') !== null"), "the wide table was not drawn as a table");
        var (scroll, client) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => document.documentElement.clientWidth"));
        await page.ScreenshotAsync("width-1366");
        Assert.True(scroll <= client, $"the page scrolls sideways: {scroll} px wide in {client} px");
    }

    private static Task<bool> InView(IPage page, int finding)
        => page.EvaluateAsync<bool>($"() => {{ const r = document.getElementById('m-{finding}').getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }}");
}
