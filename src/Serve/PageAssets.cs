using Microsoft.AspNetCore.Http;

namespace GovInfo.Serve;

/// <summary>The page's files, embedded in the binary (<c>Page/</c>): served as they are, the upload limit filled into the HTML.</summary>
public static class PageAssets
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["app.css"] = "text/css; charset=utf-8",
        ["app.js"] = "text/javascript; charset=utf-8",
    };

    public static IEnumerable<string> Names => ContentTypes.Keys;

    /// <summary>The bytes of an embedded page file.</summary>
    public static byte[] Read(string name)
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream("GovInfo.Serve.Page." + name)
            ?? throw new InvalidOperationException($"The page file {name} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        if (name != "index.html") return bytes;
        string html = System.Text.Encoding.UTF8.GetString(bytes)
            .Replace("{{maxUploadBytes}}", UploadLimit.MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{tooLarge}}", System.Net.WebUtility.HtmlEncode(UploadLimit.TooLarge("{size}")), StringComparison.Ordinal);
        return System.Text.Encoding.UTF8.GetBytes(html);
    }

    public static RequestDelegate Handler(string name)
    {
        var bytes = Read(name);
        string type = ContentTypes[name];
        return async context =>
        {
            context.Response.ContentType = type;
            context.Response.Headers.CacheControl = "no-cache";
            context.Response.ContentLength = bytes.Length;
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        };
    }
}
