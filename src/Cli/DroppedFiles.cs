using System.Runtime.InteropServices;

namespace GovInfo.Cli;

/// <summary>
/// Reports dropped onto <c>govlint.exe</c> in Windows Explorer arrive as file paths with no subcommand: govlint checks
/// them (<see cref="CommandFor"/>) and, when the window is its own, keeps it open until a key is pressed so the findings
/// can be read. The same file-only command line does the same anywhere.
/// </summary>
public static class DroppedFiles
{
    /// <summary>
    /// The command a report given with no subcommand runs: on Windows, where it comes from a drop onto govlint.exe,
    /// <c>review</c> (a reviewed copy with 批注 and 修订 beside it, for the editor to open in Word or WPS); elsewhere,
    /// where it is typed at a prompt, <c>lint</c> (nothing written).
    /// </summary>
    public static string CommandFor(bool windows) => windows ? "review" : "lint";

    /// <summary>Whether the arguments are only existing files, none of them a subcommand's name or an option.</summary>
    public static bool Matches(IReadOnlyList<string> args, IEnumerable<string> commandNames)
        => args.Count > 0 && !commandNames.Contains(args[0], StringComparer.Ordinal) && args.All(a => !a.StartsWith('-') && File.Exists(a));

    public static string[] AsCommand(IReadOnlyList<string> args, bool windows) => [CommandFor(windows), .. args];

    /// <summary>On Windows, when govlint is the only process of its console (Explorer opened the window for it), waits for Enter.</summary>
    public static void KeepWindowOpen()
    {
        if (!OperatingSystem.IsWindows() || Console.IsInputRedirected || Console.IsOutputRedirected) return;
        var processes = new uint[2];
        if (GetConsoleProcessList(processes, (uint)processes.Length) != 1) return;
        Console.Out.Flush();
        Console.Error.WriteLine();
        Console.Error.Write("按回车键关闭窗口……");
        Console.ReadLine();
    }

    [DllImport("kernel32.dll")]
    private static extern uint GetConsoleProcessList([Out] uint[] processList, uint processCount);
}
