namespace GovInfo.Serve;

/// <summary>
/// What an uploaded file's name is used for: only its extension, and only one a format reads, picks the reader; the
/// name itself is never a path (the document's path is a fixed word) and is shown and offered back for download only.
/// </summary>
public static class UploadName
{
    /// <summary>The name the document is read under: <c>上传的报告</c> plus the uploaded extension when a format claims it.</summary>
    public static string ForReader(string? uploaded, IReadOnlyCollection<string> extensions)
    {
        string extension = Extension(uploaded);
        return "上传的报告" + (extensions.Contains(extension, StringComparer.OrdinalIgnoreCase) ? extension.ToLowerInvariant() : "");
    }

    /// <summary>The name to offer a fixed file under: the uploaded file name without any folder part, or a plain one.</summary>
    public static string ForDownload(string? uploaded)
    {
        string name = (uploaded ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..].Trim();
        name = new string(name.Where(c => !char.IsControl(c) && c != '"').ToArray());
        return name.Length == 0 || name is "." or ".." ? "报告" : name;
    }

    private static string Extension(string? name)
    {
        if (string.IsNullOrEmpty(name)) return "";
        string file = ForDownload(name);
        int dot = file.LastIndexOf('.');
        return dot <= 0 ? "" : file[dot..];
    }
}
