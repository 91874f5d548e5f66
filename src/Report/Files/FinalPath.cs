namespace GovInfo.Report.Files;

/// <summary>The full path of the file a path finally names: a symbolic link, or a chain of them, is followed to its target.</summary>
public static class FinalPath
{
    public static string Of(string path)
    {
        string full = Path.GetFullPath(path);
        if (FileStatus.OfLink(full).Kind != FileKind.SymbolicLink) return full;
        var final = File.ResolveLinkTarget(full, returnFinalTarget: true);
        return final is null ? full : Path.GetFullPath(final.FullName);
    }
}
