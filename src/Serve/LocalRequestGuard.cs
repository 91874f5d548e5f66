using System.Net;
using Microsoft.AspNetCore.Http;

namespace GovInfo.Serve;

/// <summary>
/// Refuses a request to a loopback server that does not come from a page of this server: a Host other than
/// localhost or a loopback address (DNS rebinding), or an upload whose Origin is another site (a page elsewhere
/// posting the editor's files here).
/// </summary>
public static class LocalRequestGuard
{
    /// <summary>Why the request is refused, or null when it may go on.</summary>
    public static string? Refusal(HttpRequest request)
    {
        if (!IsLoopbackName(request.Host.Host))
            return $"只接受本机地址（localhost、127.0.0.1）的访问，收到的主机名是“{Excerpt(request.Host.Host)}”。";
        if (HttpMethods.IsPost(request.Method) && request.Headers.Origin.ToString() is { Length: > 0 } origin
            && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase))
            return $"只接受本页面提交的文件，这次提交来自“{Excerpt(origin)}”。";
        return null;
    }

    private static bool IsLoopbackName(string host)
        => host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
           || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    private static string Excerpt(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
