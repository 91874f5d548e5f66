using System.Net;

namespace GovInfo.Serve;

/// <summary>The address <c>govlint serve</c> listens on: the loopback address unless another is named, which earns a warning.</summary>
public sealed record ListenAddress(IPAddress Address, string? Warning)
{
    /// <summary>Where the server listens when no address is given: this machine only.</summary>
    public static ListenAddress Default { get; } = new(IPAddress.Loopback, null);

    /// <summary>The address named by <c>--host</c> (an IP address or <c>localhost</c>), or why it is not one.</summary>
    public static bool TryParse(string? text, out ListenAddress address, out string? error)
    {
        address = Default;
        error = null;
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        if (!IPAddress.TryParse(text.Trim(), out var ip))
        {
            error = $"--host {text}：不是 IP 地址（如 127.0.0.1、0.0.0.0）。";
            return false;
        }
        address = new ListenAddress(ip, IPAddress.IsLoopback(ip) ? null
            : $"警告：在 {ip} 上监听，局域网内其他电脑也能打开这个页面并上传文件；只在确有需要时这样做，用完即按 Ctrl+C 停止。");
        return true;
    }
}
