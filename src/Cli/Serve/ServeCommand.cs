using System.CommandLine;
using System.Diagnostics;
using GovInfo.Linter.Engine;
using GovInfo.Report;
using GovInfo.Report.Reading;
using GovInfo.Serve;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GovInfo.Cli.Serve;

/// <summary><c>govlint serve [--port N] [--host ADDRESS] [--open]</c>: the local web page for editors, until Ctrl+C.</summary>
public static class ServeCommand
{
    public const int DefaultPort = 8330;

    public static Command Create(IServiceProvider services)
    {
        var port = new Option<int>("--port") { Description = $"端口（默认 {DefaultPort}；0 表示任选一个空闲端口）", DefaultValueFactory = _ => DefaultPort };
        port.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 0 or > 65535) r.AddError("--port 须在 0–65535 之间。"); });
        var host = new Option<string?>("--host") { Description = "监听地址（默认 127.0.0.1，只有本机能访问；其他地址会让局域网内的电脑也能访问）" };
        var open = new Option<bool>("--open") { Description = "启动后在默认浏览器中打开页面" };
        var command = new Command("serve", "在本机启动网页：拖入报告草稿，查看标出的问题，选择修改并下载") { port, host, open };
        command.SetAction(async (result, token) =>
        {
            if (!ListenAddress.TryParse(result.GetValue(host), out var address, out var error))
            {
                Console.Error.WriteLine($"govlint: {error}");
                return ExitCodes.UsageError;
            }
            if (address.Warning is not null) Console.Error.WriteLine($"govlint: {address.Warning}");
            var server = new GovlintServer(services.GetRequiredService<LintRunner>(), services.GetRequiredService<DocumentReader>(),
                services.GetRequiredService<ReportLoader>(), Path.GetDirectoryName(DefaultRules.Folder())!)
                { Review = ReviewedUpload.Write };
            Microsoft.AspNetCore.Builder.WebApplication started;
            try
            {
                started = await server.StartAsync(address.Address, result.GetValue(port), token);
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"govlint: 端口 {result.GetValue(port)} 已被占用或无法监听（{e.Message}）：请用 --port 另选一个端口，或 --port 0 任选空闲端口。");
                return ExitCodes.UsageError;
            }
            await using var app = started;
            string url = GovlintServer.Address(app);
            Console.Out.WriteLine($"govlint serve 已启动：{url}");
            Console.Out.WriteLine("在浏览器中打开这个地址，把报告草稿拖进页面即可检查；文件只在本机处理，不会上传到别处。按 Ctrl+C 停止。");
            Console.Out.Flush();
            if (result.GetValue(open)) OpenBrowser(url);
            var stopping = app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(token, stopping);
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
            await app.StopAsync(CancellationToken.None);
            Console.Out.WriteLine("govlint serve 已停止。");
            Console.Out.Flush();
            return ExitCodes.Success;
        });
        return command;
    }

    private static void OpenBrowser(string url)
    {
        try
        {
            Process.Start(new ProcessStartInfo(url) { UseShellExecute = true })?.Dispose();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            Console.Error.WriteLine($"govlint: 无法自动打开浏览器（{e.Message}），请手动打开上面的地址。");
        }
    }
}
