using System.Diagnostics;

namespace GovInfo.Cli;

/// <summary>
/// A one-line progress display on the terminal's error stream for runs longer than a second; nothing on
/// a pipe, a redirected stream or under CI=true, so logs and machine output stay clean.
/// </summary>
public sealed class ProgressLine : IProgress<(int Done, int Total)>, IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1), Interval = TimeSpan.FromMilliseconds(100);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _last;
    private bool _shown;

    private ProgressLine() { }

    public static ProgressLine? ForConsole()
        => Console.IsErrorRedirected || Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ? null : new ProgressLine();

    public void Report((int Done, int Total) value)
    {
        var now = _clock.Elapsed;
        if (now < Delay || now - _last < Interval) return;
        _last = now;
        _shown = true;
        int percent = value.Total == 0 ? 100 : value.Done * 100 / value.Total;
        double rate = value.Done / now.TotalSeconds;
        Console.Error.Write($"\r已检查 {value.Done}/{value.Total} 个文件（{percent}%，每秒 {rate:F0} 个）… ");
    }

    /// <summary>Removes the line before other output is written.</summary>
    public void Clear()
    {
        if (!_shown) return;
        Console.Error.Write("\r" + new string(' ', 60) + "\r");
        _shown = false;
    }

    public void Dispose() => Clear();
}
