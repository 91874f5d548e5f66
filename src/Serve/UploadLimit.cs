namespace GovInfo.Serve;

/// <summary>How large an uploaded file may be, and what the page says when one is larger.</summary>
public static class UploadLimit
{
    public const int MaxBytes = 20 << 20;

    /// <summary>The message for an upload of <paramref name="length"/> bytes (the page fills in <c>{size}</c> itself when it checks before sending).</summary>
    public static string TooLarge(string length) => $"文件过大（{length} 字节），超过上传大小上限 {MaxBytes:N0} 字节（{MaxBytes >> 20} MiB），未检查。请上传报告正文文件（.docx、.txt、.md、.html、.pdf）。";

    public static string TooLarge(long length) => TooLarge(length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
}
