namespace GovInfo.Report.Files;

/// <summary>A path as output shows it: as given, with Windows' backslashes written as forward slashes (on Unix a backslash is part of a name and stays).</summary>
public static class DisplayPath
{
    public static string Of(string path) => Path.DirectorySeparatorChar == '\\' ? path.Replace('\\', '/') : path;
}
