namespace GovInfo.Cli.Lint;

/// <summary>The width in display columns that text output fits: <c>COLUMNS</c> when set, the terminal's when output is one, else 80.</summary>
public static class TerminalWidth
{
    /// <summary>The width for this process's standard output.</summary>
    public static int OfConsole() => Choose(Environment.GetEnvironmentVariable("COLUMNS"), Console.IsOutputRedirected, WindowWidth);

    /// <summary>
    /// <paramref name="columns"/> (the <c>COLUMNS</c> variable) when it is a positive number; otherwise the
    /// terminal's width when output goes to one and it says; otherwise <see cref="Linter.Formatters.FormatterOptions.DefaultWidth"/>.
    /// </summary>
    public static int Choose(string? columns, bool redirected, Func<int> terminalWidth)
    {
        if (int.TryParse(columns, out int set) && set > 0) return set;
        if (!redirected && terminalWidth() is > 0 and var width) return width;
        return Linter.Formatters.FormatterOptions.DefaultWidth;
    }

    private static int WindowWidth()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (IOException)
        {
            return 0;
        }
        catch (PlatformNotSupportedException)
        {
            return 0;
        }
    }
}
