namespace GovInfo.Report.Reading;

/// <summary>
/// Caps on the work one input file may cause, counted in bytes, cells and elements — never in time, so a file reads the
/// same on a loaded machine as on an idle one. An exceeded cap refuses that file with a message naming the cap; the
/// other files of the run are still read.
/// </summary>
public static class InputLimits
{
    /// <summary>The largest input file read, in bytes (real reports are a few MB at most).</summary>
    public const int MaxInputBytes = 64 << 20;

    /// <summary>How many cells one table may have once its merged cells (rowspan, colspan, gridSpan) are expanded.</summary>
    public const int MaxCellsPerTable = 50_000;

    /// <summary>How many cells all the tables of one file may have together, expanded.</summary>
    public const int MaxCellsPerFile = 200_000;

    /// <summary>How deeply a web page's elements may nest (browsers stop nesting at 512 levels too).</summary>
    public const int MaxHtmlDepth = 512;

    /// <summary>How many elements a web page may have.</summary>
    public const int MaxHtmlElements = 500_000;

    /// <summary>
    /// The parser's work on a page, counted as the sum of every element's nesting depth (the parser scans the open
    /// elements for each tag): 20,000 nested elements are 200 million, a large real page well under a million.
    /// </summary>
    public const long MaxHtmlNestingWork = 20_000_000;

    /// <summary>How large a .docx may become once unzipped, all its parts together, in bytes.</summary>
    public const long MaxDocxUnzippedBytes = 256L << 20;

    /// <summary>How large one XML part of a .docx (its body, styles, numbering …) may become once unzipped, in bytes.</summary>
    public const long MaxDocxXmlPartBytes = 32L << 20;

    /// <summary>How many parts (zip entries) a .docx may have.</summary>
    public const int MaxDocxParts = 10_000;

    public static string InputTooLarge(long length)
        => $"文件过大（{length:N0} 字节），超过输入大小上限 {MaxInputBytes:N0} 字节（{MaxInputBytes >> 20} MiB），未检查。";

    public static string TableTooLarge()
        => $"表格展开合并单元格（rowspan/colspan、gridSpan）后超过每个表格 {MaxCellsPerTable:N0} 个单元格的上限，未检查：请确认合并单元格的跨度是否写错。";

    public static string FileCellsTooMany()
        => $"全部表格展开合并单元格后超过每个文件 {MaxCellsPerFile:N0} 个单元格的上限，未检查。";
}

/// <summary>Thrown by a reader when a file exceeds one of the <see cref="InputLimits"/>; the message (Chinese) names the cap.</summary>
public sealed class InputLimitException(string message) : Exception(message);
