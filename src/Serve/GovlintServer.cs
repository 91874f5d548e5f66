using System.Net;
using GovInfo.Dsl.Rules;
using GovInfo.Linter.Engine;
using GovInfo.Report;
using GovInfo.Report.Json;
using GovInfo.Report.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovInfo.Serve;

/// <summary>
/// <c>govlint serve</c>'s web server: Kestrel on one address (loopback unless told otherwise), the embedded page, and
/// two endpoints, <c>POST /api/lint</c> (the file in the body, its name in <c>?name=</c>) and <c>POST /api/fix</c>
/// (the same, with the chosen findings in <c>?fixes=</c>), and <c>POST /api/review</c> when a <see cref="Review"/> writer
/// is given. Uploads are held in memory for one request; nothing is written.
/// </summary>
public sealed class GovlintServer(LintRunner runner, DocumentReader reader, ReportLoader loader, string rulesBase)
{
    private readonly LintResultJson _json = new(UploadedReport.Rules(runner), rulesBase);

    /// <summary>Writes the reviewed .docx (批注 and 修订) the page offers as 下载审阅稿; without one the button stays disabled.</summary>
    public ReviewedCopyWriter? Review { get; init; }

    /// <summary>Starts listening; the returned app is running, its address in <see cref="Address"/>.</summary>
    public async Task<WebApplication> StartAsync(IPAddress address, int port, CancellationToken token)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = UploadLimit.MaxBytes;
            kestrel.Listen(address, port);
        });
        var app = builder.Build();
        if (IPAddress.IsLoopback(address))
            app.Use(async (context, next) =>
            {
                if (LocalRequestGuard.Refusal(context.Request) is { } refusal) await SendError(context, StatusCodes.Status403Forbidden, refusal);
                else await next(context);
            });
        foreach (var name in PageAssets.Names) app.MapGet("/" + name, PageAssets.Handler(name));
        app.MapGet("/", PageAssets.Handler("index.html"));
        app.MapPost("/api/lint", (RequestDelegate)Lint);
        app.MapPost("/api/fix", (RequestDelegate)Fix);
        if (Review is not null) app.MapPost("/api/review", (RequestDelegate)WriteReview);
        await app.StartAsync(token);
        return app;
    }

    /// <summary>The address the app listens on, as a URL for a browser (the port filled in when 0 was asked for).</summary>
    public static string Address(WebApplication app)
        => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";

    private async Task Lint(HttpContext context)
    {
        if (await ReadUpload(context) is not { } upload) return;
        await Send(context, StatusCodes.Status200OK, _json.Write(upload, upload.Bound, UploadName.ForDownload(context.Request.Query["name"]), Review is not null));
    }

    private async Task Fix(HttpContext context)
    {
        if (await ReadUpload(context) is not { } upload) return;
        var keys = context.Request.Query["fixes"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        if (!SelectedFixes.TryApply(reader, upload, keys, out var result, out var error))
        {
            await SendError(context, StatusCodes.Status422UnprocessableEntity, error);
            return;
        }
        context.Response.Headers["X-Govlint-Applied"] = result.Applied.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await SendFile(context, UploadName.ForDownload(context.Request.Query["name"]), result.Bytes);
    }

    private async Task WriteReview(HttpContext context)
    {
        if (await ReadUpload(context) is not { } upload) return;
        if (!Review!(upload, out var docx, out var error))
        {
            await SendError(context, StatusCodes.Status422UnprocessableEntity, error);
            return;
        }
        await SendFile(context, Path.GetFileNameWithoutExtension(UploadName.ForDownload(context.Request.Query["name"])) + "（审阅稿）.docx", docx);
    }

    private static async Task SendFile(HttpContext context, string name, byte[] bytes)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/octet-stream";
        context.Response.Headers.ContentDisposition = $"attachment; filename*=UTF-8''{Uri.EscapeDataString(name)}";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    /// <summary>Reads the body (at most <see cref="UploadLimit.MaxBytes"/>) and lints it; on failure the error is already sent.</summary>
    private async Task<UploadedReport?> ReadUpload(HttpContext context)
    {
        if (context.Request.ContentLength > UploadLimit.MaxBytes)
        {
            await SendError(context, StatusCodes.Status413PayloadTooLarge, UploadLimit.TooLarge(context.Request.ContentLength.Value));
            return null;
        }
        byte[] bytes;
        try
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            bytes = body.ToArray();
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await SendError(context, StatusCodes.Status413PayloadTooLarge, UploadLimit.TooLarge($"超过 {UploadLimit.MaxBytes:N0}"));
            return null;
        }
        if (bytes.Length == 0)
        {
            await SendError(context, StatusCodes.Status400BadRequest, "没有收到文件内容：请选择或拖入一个报告文件。");
            return null;
        }
        try
        {
            if (UploadedReport.TryLint(runner, reader, loader, bytes, context.Request.Query["name"], out var upload, out var error)) return upload;
            await SendError(context, StatusCodes.Status400BadRequest, error);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await SendError(context, StatusCodes.Status500InternalServerError, $"内部错误（{e.GetType().Name}：{e.Message}），请将此文件报告给 govlint 维护者。");
        }
        return null;
    }

    private static Task SendError(HttpContext context, int status, string message)
        => Send(context, status, JsonText.Build(json =>
        {
            json.WriteStartObject();
            json.WriteString("error", message);
            json.WriteEndObject();
        }));

    private static async Task Send(HttpContext context, int status, byte[] json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = json.Length;
        await context.Response.Body.WriteAsync(json, context.RequestAborted);
    }
}
