namespace GovInfo.Cli;

/// <summary>The process exit codes of <c>govlint</c>, in one place.</summary>
public static class ExitCodes
{
    /// <summary>Nothing at or above the failure threshold.</summary>
    public const int Success = 0;
    /// <summary>Findings at or above the failure threshold.</summary>
    public const int Findings = 1;
    /// <summary>Bad usage, configuration, rule files or unreadable input.</summary>
    public const int UsageError = 2;
}
