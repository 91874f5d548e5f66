using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace GovInfo.Serve.Tests;

/// <summary><c>govlint serve</c> as a process: where it listens, and that Ctrl+C stops it cleanly.</summary>
public class ServerProcessTests
{
    [SkippableFact]
    public void By_default_it_listens_on_loopback_only()
    {
        using var server = new ServeProcess();
        Assert.Equal("127.0.0.1", server.Url.Host);
        Assert.True(Accepts(IPAddress.Loopback, server.Url.Port), "the printed address does not answer");
        var outside = Dns.GetHostAddresses(Dns.GetHostName()).Concat(NetworkInterface.GetAllNetworkInterfaces()
                .Where(n => n.OperationalStatus == OperationalStatus.Up)
                .SelectMany(n => n.GetIPProperties().UnicastAddresses.Select(a => a.Address)))
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
            .Distinct().ToList();
        Skip.If(outside.Count == 0, "这台机器没有回环以外的 IPv4 地址，无法从外部地址试连。");
        foreach (var address in outside) Assert.False(Accepts(address, server.Url.Port), $"govlint serve answers on {address}");
        Assert.DoesNotContain("警告", server.StdErr);
    }

    [Fact]
    public void Another_address_is_taken_only_when_named_and_is_warned_about()
    {
        Assert.True(ListenAddress.TryParse(null, out var none, out _));
        Assert.Equal(IPAddress.Loopback, none.Address);
        Assert.Null(none.Warning);
        Assert.True(ListenAddress.TryParse("localhost", out var local, out _));
        Assert.Equal(IPAddress.Loopback, local.Address);
        Assert.True(ListenAddress.TryParse("0.0.0.0", out var any, out _));
        Assert.Equal(IPAddress.Any, any.Address);
        Assert.Contains("局域网", any.Warning);
        Assert.False(ListenAddress.TryParse("my-laptop", out _, out var error));
        Assert.Contains("不是 IP 地址", error);
    }

    [Fact]
    public void Ctrl_C_stops_the_server_cleanly()
    {
        using var server = new ServeProcess();
        Assert.True(Accepts(IPAddress.Loopback, server.Url.Port));
        server.Interrupt();
        Assert.Equal(0, server.WaitForExit());
        Assert.Contains("已停止", server.StdOut);
        Assert.DoesNotContain("Exception", server.StdOut + server.StdErr);
        Assert.False(Accepts(IPAddress.Loopback, server.Url.Port), "the port still answers after Ctrl+C");
    }

    [Fact]
    public void A_port_in_use_is_said_plainly()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        int port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var run = Cli.Tests.Govlint.Exec("serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"端口 {port} 已被占用", run.StdErr);
        Assert.DoesNotContain("   at ", run.StdErr);
    }

    private static bool Accepts(IPAddress address, int port)
    {
        using var client = new TcpClient(address.AddressFamily);
        try
        {
            client.Connect(address, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
