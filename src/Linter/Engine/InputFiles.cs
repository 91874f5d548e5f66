using GovInfo.Report.Reading;

namespace GovInfo.Linter.Engine;

/// <summary>Expands the paths given on the command line: files as they are, folders to the report files inside them.</summary>
public static class InputFiles
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, IEnumerable<IReportReader> readers, out List<(string Path, string Message)> errors)
    {
        var extensions = readers.SelectMany(r => r.Extensions).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var files = new List<string>();
        errors = [];
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => extensions.Contains(Path.GetExtension(f)))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0) errors.Add((path, $"文件夹中没有可读取的报告（{string.Join("、", extensions.Order())}）。"));
                files.AddRange(found);
            }
            else files.Add(path);
        }
        return files;
    }
}
