using GovInfo.Dsl.Rules;
using GovInfo.Linter.Configuration;
using GovInfo.Linter.Engine;

namespace GovInfo.Linter.Formatters;

/// <summary>
/// The two tables auditors open in Excel, with Chinese headers and values: one row per finding (<c>lint --format
/// csv|xlsx</c>) and one row per report (<c>summary</c>). Numbers stay numbers, so a spreadsheet can sum them.
/// </summary>
public static class AuditTables
{
    /// <summary>The rule categories counted in a report's row, in the order of the rule pack.</summary>
    public static readonly string[] Categories = ["结构", "表格结构", "表格勾稽", "正文与表格", "日期", "必备说明", "文字规范"];

    public static readonly string[] FindingColumns = ["文件", "发布机关", "年度", "规则", "级别", "行", "列", "说明"];

    public static readonly string[] ReportColumns = ["文件", "发布机关", "年度", .. Categories, "其他", "错误", "警告", "未通过的规则", "无法检查", "结果"];

    /// <summary>A file's findings; a file that could not be read is one row with its reason.</summary>
    public static IEnumerable<object?[]> FindingRows(FileResult file)
    {
        string path = SeverityNames.DisplayPath(file.Path);
        if (file.Error is not null) yield return [path, null, null, null, SeverityNames.Chinese(Severity.Error), null, null, file.Error];
        foreach (var d in file.Diagnostics)
            yield return [path, file.Issuer, file.Year, d.Id, SeverityNames.Chinese(d.Severity), d.Start.Line, d.Start.Column, d.Message];
    }

    public static object?[] ReportRow(FileResult file)
    {
        var counts = Categories.Select(c => file.Diagnostics.Count(d => d.Rule.Category == c)).ToList();
        int other = file.Diagnostics.Count - counts.Sum();
        int errors = file.Diagnostics.Count(d => d.Severity == Severity.Error);
        int warnings = file.Diagnostics.Count(d => d.Severity == Severity.Warning);
        string notAssessed = file.Error ?? string.Join(" ", file.NotAssessed.Select(n => n.Id).Distinct());
        return [SeverityNames.DisplayPath(file.Path), file.Issuer, file.Year, .. counts.Cast<object?>(), other, errors, warnings,
            string.Join(" ", FailingRules(file)), notAssessed, VerdictName(file.Verdict)];
    }

    /// <summary>The rules whose findings make the report fail (at or above its <c>fail-on</c> level), in ID order.</summary>
    public static IEnumerable<string> FailingRules(FileResult file)
        => file.FailOn == FailOn.None ? [] : file.Diagnostics.Where(d => (int)d.Severity >= (int)file.FailOn).Select(d => d.Id).Distinct().Order(StringComparer.Ordinal);

    /// <summary>The verdict as a person reads it: pass 通过, fail 不通过, incomplete 部分无法检查, unreadable 无法读取.</summary>
    public static string VerdictName(string verdict) => verdict switch
    {
        "pass" => "通过",
        "fail" => "不通过",
        "incomplete" => "部分无法检查",
        "unreadable" => "无法读取",
        _ => verdict,
    };
}
