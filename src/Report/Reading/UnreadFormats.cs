namespace GovInfo.Report.Reading;

/// <summary>Formats reports are published in that no format reads yet, each with the Chinese advice a user gets instead of "not text".</summary>
public static class UnreadFormats
{
    /// <summary>By extension (lower case, with the dot): what the file is and what to do.</summary>
    public static IReadOnlyDictionary<string, string> Advice { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".wps"] = "这是 WPS 文字的旧格式（.wps），govlint 暂不能读取：请在 WPS 中“另存为” .docx 后再检查。",
        [".ofd"] = "这是 OFD 版式文件（.ofd），govlint 暂不能读取：请另存为 PDF 或 .docx 后再检查。",
    };
}
