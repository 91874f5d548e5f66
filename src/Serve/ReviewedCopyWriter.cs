using System.Diagnostics.CodeAnalysis;

namespace GovInfo.Serve;

/// <summary>
/// Writes the reviewed copy of an upload (a .docx with 批注 and 修订, from <c>govlint review</c>), or says why not.
/// The seam for that feature: given to <see cref="GovlintServer"/>, the page's 下载审阅稿 button is enabled.
/// </summary>
public delegate bool ReviewedCopyWriter(UploadedReport upload, [NotNullWhen(true)] out byte[]? docx, [NotNullWhen(false)] out string? error);
