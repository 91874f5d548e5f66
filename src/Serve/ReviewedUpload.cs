using System.Diagnostics.CodeAnalysis;
using GovInfo.Linter.Review;

namespace GovInfo.Serve;

/// <summary>The page's 下载审阅稿: the upload's reviewed copy (<c>govlint review</c>'s writer) from the findings it was linted with.</summary>
public static class ReviewedUpload
{
    /// <summary>Writes the reviewed .docx of an upload; the comments and changes carry the time of writing.</summary>
    public static bool Write(UploadedReport upload, [NotNullWhen(true)] out byte[]? docx, [NotNullWhen(false)] out string? error)
    {
        docx = null;
        if (!ReviewWriter.TryWrite(upload.Document, upload.Bytes, upload.Result.Diagnostics, DateTime.Now, out var copy, out error))
        {
            error = $"无法写出审阅稿：{error}";
            return false;
        }
        docx = copy.Docx;
        return true;
    }
}
