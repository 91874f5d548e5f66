using System.Reflection;
using System.Text;

namespace GovInfo.Report.Files;

/// <summary>
/// The default rule pack, its template, its annotated test reports and the sample reports its examples edit,
/// embedded in the binary: a <c>govlint</c> copied alone anywhere has them. They are addressed as files under
/// <see cref="Root"/>, a folder beside the binary that no file system has (&lt; cannot be in a Windows file name),
/// so the loaders read them as they read files on disk (through <see cref="RegularFile"/>).
/// </summary>
public static class BuiltinFiles
{
    /// <summary>How output names the embedded folder: <c>&lt;内置&gt;/rules/arithmetic.yaml</c>.</summary>
    public const string DisplayRoot = "<内置>";

    /// <summary>Set by Report.csproj on each embedded file's logical name.</summary>
    private const string ResourcePrefix = "govlint-builtin/";

    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, DisplayRoot);

    private static readonly Assembly Owner = typeof(BuiltinFiles).Assembly;

    // Relative path with forward slashes → resource name (MSBuild writes RecursiveDir with the host's separator).
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Names = new(() => Owner.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .ToDictionary(n => n[ResourcePrefix.Length..].Replace('\\', '/'), n => n, StringComparer.Ordinal));

    /// <summary>The embedded files' paths relative to <see cref="Root"/>, such as <c>rules/template/gov-2021.yaml</c>.</summary>
    public static IEnumerable<string> RelativePaths => Names.Value.Keys.Order(StringComparer.Ordinal);

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Whether the path names an embedded file.</summary>
    public static bool IsFile(string path) => Relative(path) is { } r && Names.Value.ContainsKey(r);

    /// <summary>Whether the path names <see cref="Root"/> or an embedded folder (one that holds embedded files).</summary>
    public static bool IsFolder(string path)
        => Relative(path) is { } r && (r.Length == 0 || Names.Value.Keys.Any(k => k.StartsWith(r + "/", StringComparison.Ordinal)));

    /// <summary>The embedded files inside the folder, at any depth, as paths under <see cref="Root"/>, in ordinal order.</summary>
    public static IReadOnlyList<string> FilesUnder(string folder)
    {
        if (Relative(folder) is not { } r) return [];
        string prefix = r.Length == 0 ? "" : r + "/";
        return RelativePaths.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Select(PathOf).ToList();
    }

    public static byte[] ReadAllBytes(string path)
    {
        if (Relative(path) is not { } r || !Names.Value.TryGetValue(r, out var name))
            throw new FileNotFoundException($"govlint 内置文件中没有 {path}。", path);
        using var stream = Owner.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Text as <see cref="File.ReadAllText(string, Encoding)"/> with UTF-8 reads it (a byte order mark is honoured and dropped).</summary>
    public static string ReadAllText(string path)
    {
        using var reader = new StreamReader(new MemoryStream(ReadAllBytes(path)), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary><c>&lt;内置&gt;/rules/x.yaml</c> for a path under <see cref="Root"/>; null for any other path.</summary>
    public static string? Display(string path)
        => Relative(path) is { } r ? r.Length == 0 ? DisplayRoot : DisplayRoot + "/" + r : null;

    /// <summary>The path relative to <see cref="Root"/> with forward slashes ("" for the root itself), or null when it is not under it.</summary>
    private static string? Relative(string path)
    {
        // Cheap test first: most paths asked about are reports on disk.
        if (!path.Contains(DisplayRoot, StringComparison.Ordinal)) return null;
        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        if (full == Root) return "";
        return full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full[(Root.Length + 1)..].Replace(Path.DirectorySeparatorChar, '/')
            : null;
    }
}
