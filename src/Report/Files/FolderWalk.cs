using System.IO.Enumeration;

namespace GovInfo.Report.Files;

/// <summary>Walks a folder tree for input files: regular files only, folder links not followed, unreadable folders reported and skipped.</summary>
public static class FolderWalk
{
    /// <summary>
    /// Adds to <paramref name="found"/> the files under a folder that <paramref name="wanted"/> accepts by name,
    /// in no particular order. Only regular files are taken: a FIFO, device or socket with a wanted name is
    /// reported and skipped (reading it would block or never end). Symbolic links to folders are
    /// not followed (a link to a parent would walk the same files again and again); links to files are. A
    /// subfolder that cannot be read is reported and skipped, and the rest is still walked. Files that
    /// <paramref name="wanted"/> refuses go to <paramref name="passedOver"/>, when given, except hidden ones
    /// (<c>.git</c>'s objects, <c>.DS_Store</c>), which nobody expects to be reports.
    /// </summary>
    public static void Collect(string folder, Func<string, bool> wanted, List<string> found, List<(string Path, string Message)> errors, List<string>? passedOver = null)
    {
        List<(string Name, bool Folder)> entries;
        try
        {
            // A folder is known from the directory entry itself; only a folder's attributes (is it a link?) cost an
            // lstat. A FileSystemInfo per entry would lstat every file, before the stat below: twice per file.
            entries = new FileSystemEnumerable<(string, bool)>(folder,
                (ref FileSystemEntry entry) => (entry.FileName.ToString(), entry.IsDirectory && !entry.Attributes.HasFlag(FileAttributes.ReparsePoint)),
                new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false }).ToList();
        }
        catch (UnauthorizedAccessException)
        {
            errors.Add((folder, "没有读取该文件夹的权限，已跳过其中的文件。"));
            return;
        }
        catch (IOException e)
        {
            errors.Add((folder, $"无法读取该文件夹，已跳过其中的文件：{e.Message}"));
            return;
        }
        foreach (var entry in entries)
        {
            string path = Path.Combine(folder, entry.Name);
            if (entry.Folder)
            {
                Collect(path, wanted, found, errors, IsHidden(entry.Name) ? null : passedOver);
                continue;
            }
            if (!wanted(path))
            {
                if (passedOver is not null && !IsHidden(entry.Name)) passedOver.Add(path);
                continue;
            }
            switch (FileStatus.Of(path).Kind)
            {
                case FileKind.Directory: break; // a link to a folder: not followed
                case FileKind.Regular or FileKind.Missing: found.Add(path); break; // a broken link: reading it says so
                case var kind: errors.Add((path, $"不是普通文件（{FileStatus.Describe(kind)}），已跳过。")); break;
            }
        }
    }

    private static bool IsHidden(string name) => name.Length > 1 && name[0] == '.';
}
