namespace GovInfo.Report.Files;

/// <summary>A path as output shows it: as given, with Windows' backslashes written as forward slashes (on Unix a backslash is part of a name and stays); an embedded file as <c>&lt;内置&gt;/rules/…</c>.</summary>
public static class DisplayPath
{
    public static string Of(string path) => BuiltinFiles.Display(path) ?? (Path.DirectorySeparatorChar == '\\' ? path.Replace('\\', '/') : path);

    /// <summary>Relative to the working directory when on disk, as <see cref="Of"/> shows it.</summary>
    public static string Relative(string path) => Relative(path, Directory.GetCurrentDirectory());

    /// <summary>Relative to <paramref name="baseDirectory"/> when on disk; a built-in file as <see cref="Of"/> shows it.</summary>
    public static string Relative(string path, string baseDirectory) => BuiltinFiles.Display(path) ?? Of(Path.GetRelativePath(baseDirectory, path));
}
