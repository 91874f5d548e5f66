using System.Text.RegularExpressions;
using GovInfo.Report.Documents;
using GovInfo.Report.Reading;
using GovInfo.Report.Text;

namespace GovInfo.Report.Binding;

/// <summary>
/// The report's title with the issuer and report year read from it, each with its span: the issuer is what
/// precedes the year (某某局 2024 年…), or, when nothing does, what follows it up to the report's name
/// (2024 年上海市科委政府信息公开工作年度报告).
/// </summary>
public sealed partial record ReportTitle(TitleBlock Block, string? Issuer, TextSpan? IssuerSpan, int? Year, TextSpan? YearSpan)
{
    [GeneratedRegex(@"\G[ \u3000]*(?<issuer>(?!政府信息公开|政务公开|信息公开)\S.*?)[ \u3000]*(?:政府信息公开|政务公开|信息公开)")]
    private static partial Regex IssuerAfterYear();

    public static ReportTitle Read(TitleBlock block)
    {
        var m = TitleRecognizer.Year().Match(block.Text);
        if (!m.Success) return new ReportTitle(block, null, null, null, null);
        var digits = m.Groups[1];
        int year = int.Parse(WidthFolding.Fold(digits.Value));
        var yearSpan = block.SourceSpan(digits.Index, digits.Length);
        string issuer = block.Text[..digits.Index].TrimEnd(' ', '\u3000', '\t');
        int issuerAt = 0;
        if (issuer.Length == 0 && IssuerAfterYear().Match(block.Text, m.Index + m.Length) is { Success: true } after)
        {
            issuer = after.Groups["issuer"].Value;
            issuerAt = after.Groups["issuer"].Index;
        }
        TextSpan? issuerSpan = issuer.Length > 0 ? block.SourceSpan(issuerAt, issuer.Length) : null;
        return new ReportTitle(block, issuer.Length > 0 ? issuer : null, issuerSpan, year, yearSpan);
    }
}
