using Microsoft.Playwright;
using GovInfo.Tests;

namespace GovInfo.Serve.Tests;

/// <summary>
/// One <c>govlint serve</c> and one headless Debian chromium (<c>/usr/bin/chromium</c>, which <c>.ci/run</c> installs
/// when missing) for the browser tests; without chromium the tests are skipped with the reason.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>Where the tests' screenshots go (under TestResults/, which git ignores).</summary>
    public static string Screenshots { get; } = Path.Combine(TestPaths.RepositoryRoot, "tests", "Serve.Tests", "TestResults", "screenshots");

    public ServeProcess? Server { get; private set; }
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string? SkipReason { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            SkipReason = $"没有 {Chromium}（Debian 的 chromium 软件包）：浏览器测试跳过。以 root 运行 .ci/run 会安装它。";
            return;
        }
        Server = new ServeProcess();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Args = ["--no-sandbox"], Headless = true });
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>A fresh page on the server's address, as a 1366×768 laptop shows it.</summary>
    public async Task<IPage> OpenAsync()
    {
        Skip.If(SkipReason is not null, SkipReason);
        var page = await _browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 }, AcceptDownloads = true, Locale = "zh-CN" });
        await page.GotoAsync(Server!.Url.ToString());
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        Server?.Dispose();
    }
}

/// <summary>What the tests do on the page: upload a file and wait until the page has dealt with it.</summary>
public static class PageActions
{
    public static Task UploadAsync(this IPage page, string path) => page.UploadAsync(new FilePayload { Name = Path.GetFileName(path), MimeType = "application/octet-stream", Buffer = File.ReadAllBytes(path) });

    public static async Task UploadAsync(this IPage page, FilePayload file)
    {
        string before = await page.EvaluateAsync<string>("() => document.body.dataset.uploads || '0'");
        await page.SetInputFilesAsync("#file", file);
        await page.WaitForFunctionAsync("n => (document.body.dataset.uploads || '0') !== n", before);
    }

    public static Task ScreenshotAsync(this IPage page, string name)
        => page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.Screenshots, name + ".png") });
}
