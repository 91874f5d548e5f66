using GovInfo.Report.Reading;
using Microsoft.Extensions.FileSystemGlobbing;

namespace GovInfo.Report.Files;

/// <summary>Expands the paths given on the command line: files as they are, folders to the report files inside them, globs (reports/**/*.md) to what they match.</summary>
public static class InputFiles
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, DocumentReader opener, out List<(string Path, string Message)> errors)
        => Expand(paths, opener, out errors, out _);

    /// <summary>As <see cref="Expand(IEnumerable{string}, DocumentReader, out List{ValueTuple{string, string}})"/>, also giving the files folder walks passed over because no format reads their kind (sorted).</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, DocumentReader opener, out List<(string Path, string Message)> errors, out List<string> skipped)
    {
        skipped = [];
        var extensions = opener.Extensions.Concat(NotYetRead).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var files = new List<string>();
        errors = [];
        foreach (var path in paths)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                errors.Add((path, "路径为空：请给出报告文件或文件夹。"));
            }
            else if (Directory.Exists(path))
            {
                var found = new List<string>();
                int errorsBefore = errors.Count;
                FolderWalk.Collect(path, f => extensions.Contains(Path.GetExtension(f)) && !IsOwnerFile(f), found, errors, skipped);
                found.Sort(StringComparer.Ordinal);
                if (found.Count == 0 && errors.Count == errorsBefore) errors.Add((path, $"文件夹中没有可读取的报告（{string.Join("、", opener.Extensions.Order())}）。"));
                files.AddRange(found);
            }
            else if (BuiltinFiles.IsFolder(path))
            {
                files.AddRange(BuiltinFiles.FilesUnder(path).Where(f => extensions.Contains(Path.GetExtension(f))));
            }
            else if (path.IndexOfAny(['*', '?']) >= 0)
            {
                var found = Glob(path).Where(f => !IsOwnerFile(f)).ToList();
                if (found.Count == 0) errors.Add((path, "没有与此模式匹配的文件。"));
                files.AddRange(found);
            }
            else files.Add(path);
        }
        skipped.RemoveAll(IsOwnerFile);
        skipped.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>
    /// Formats reports are published in that no format reads yet: a folder walk still lists them, so that each is
    /// reported as a file that could not be read instead of being passed over (an auditor's summary must count every report).
    /// </summary>
    public static readonly string[] NotYetRead = [".doc", .. UnreadFormats.Advice.Keys];

    /// <summary>
    /// Word's lock file beside an open document (<c>~$报告.docx</c>): not a report, and not even a zip,
    /// so a folder walk that picked it up would report an unreadable file for every document being edited.
    /// </summary>
    private static bool IsOwnerFile(string path) => Path.GetFileName(path).StartsWith("~$", StringComparison.Ordinal);

    /// <summary>Files matching a glob, searched from the part of the pattern before its first wildcard.</summary>
    private static List<string> Glob(string pattern)
    {
        string normalized = pattern.Replace('\\', '/');
        int wildcard = normalized.IndexOfAny(['*', '?']);
        int slash = normalized.LastIndexOf('/', wildcard);
        string root = slash < 0 ? "." : normalized[..slash] is { Length: > 0 } r ? r : "/";
        string relative = slash < 0 ? normalized : normalized[(slash + 1)..];
        if (!Directory.Exists(root)) return [];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(relative);
        return matcher.GetResultsInFullPath(root)
            .Select(f => slash < 0 ? Path.GetRelativePath(".", f) : Path.Combine(root, Path.GetRelativePath(root, f)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
