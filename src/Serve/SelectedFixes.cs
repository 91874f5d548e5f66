using System.Diagnostics.CodeAnalysis;
using GovInfo.Linter.Fixes;
using GovInfo.Report.Reading;

namespace GovInfo.Serve;

/// <summary>Writes only the fixes the editor ticked into the uploaded file, once, in its own format and encoding.</summary>
public static class SelectedFixes
{
    /// <summary>The fixed file, or why not: nothing chosen is fixable any more, the format cannot be written, or writing failed.</summary>
    public static bool TryApply(DocumentReader reader, UploadedReport upload, IReadOnlySet<string> keys,
        [NotNullWhen(true)] out FixPassResult? result, [NotNullWhen(false)] out string? error)
    {
        result = null;
        if (upload.Document.Source.Map?.ReadOnlyReason is { } readOnly)
        {
            error = $"{readOnly}，无法下载修改后的文件。";
            return false;
        }
        var chosen = upload.Result.Diagnostics.Where(d => d.Fix is not null && keys.Contains(FindingKey.Of(d))).ToList();
        if (chosen.Count == 0)
        {
            error = "没有选中可自动修复的问题。";
            return false;
        }
        if (!FixPass.TryApply(reader, upload.Document, upload.Bytes, chosen, out result, out error)) return false;
        if (result.Applied > 0) return true;
        error = "所选修改无法写入这个文件（修改处不在原文中，如编号或表格分隔符），文件未改动。";
        return false;
    }
}
