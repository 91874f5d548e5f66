using System.Diagnostics;
using System.Runtime.InteropServices;
using GovInfo.Tests;

namespace GovInfo.Serve.Tests;

/// <summary>A real <c>govlint serve</c> process on a free port (<c>--port 0</c>), stopped when disposed.</summary>
public sealed class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _stdout = new();
    private readonly System.Text.StringBuilder _stderr = new();

    /// <summary>The page's address as the server printed it, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Url { get; }

    public ServeProcess(params string[] extra)
    {
        // SIGINT back to its default: a shell that started the test run in the background hands its children SIGINT ignored.
        var start = new ProcessStartInfo("env")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = TestPaths.RepositoryRoot,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var arg in (string[])["--default-signal=INT", "dotnet", Path.Combine(AppContext.BaseDirectory, "govlint.dll"), "serve", "--port", "0", .. extra])
            start.ArgumentList.Add(arg);
        _process = Process.Start(start)!;
        var started = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_stdout) _stdout.AppendLine(e.Data);
            int at = e.Data.IndexOf("http://", StringComparison.Ordinal);
            if (at >= 0) started.TrySetResult(new Uri(e.Data[at..].Trim()));
        };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_stderr) _stderr.AppendLine(e.Data); };
        _process.Exited += (_, _) => started.TrySetException(new InvalidOperationException($"govlint serve exited {_process.ExitCode}: {StdErr}"));
        _process.EnableRaisingEvents = true;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        // A guard against a hang, not a timing assertion: a loaded machine may take long to start it.
        if (!started.Task.Wait(TimeSpan.FromMinutes(2))) throw new TimeoutException($"govlint serve printed no address: {StdOut}{StdErr}");
        Url = started.Task.Result;
    }

    public string StdOut { get { lock (_stdout) return _stdout.ToString(); } }
    public string StdErr { get { lock (_stderr) return _stderr.ToString(); } }
    public Process Process => _process;

    /// <summary>Sends SIGINT, as Ctrl+C in the terminal does.</summary>
    public void Interrupt() => Assert.Equal(0, Kill(_process.Id, 2));

    /// <summary>Waits for the process to end on its own and returns its exit code.</summary>
    public int WaitForExit()
    {
        Assert.True(_process.WaitForExit(TimeSpan.FromMinutes(2)), "govlint serve did not stop");
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill(_process.Id, 15);
            if (!_process.WaitForExit(TimeSpan.FromSeconds(30))) _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
