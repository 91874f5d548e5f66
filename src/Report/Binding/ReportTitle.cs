using System.Text.RegularExpressions;
using GovInfo.Report.Documents;
using GovInfo.Report.Text;

namespace GovInfo.Report.Binding;

/// <summary>The report's title with the issuer and report year read from it, each with its span.</summary>
public sealed partial record ReportTitle(TitleBlock Block, string? Issuer, TextSpan? IssuerSpan, int? Year, TextSpan? YearSpan)
{
    [GeneratedRegex(@"(?<![0-9０-９])([12１２][0-9０-９]{3})(?![0-9０-９])[ \u3000]*年")]
    private static partial Regex YearPattern();

    public static ReportTitle Read(TitleBlock block)
    {
        var m = YearPattern().Match(block.Text);
        if (!m.Success) return new ReportTitle(block, null, null, null, null);
        var digits = m.Groups[1];
        int year = int.Parse(WidthFolding.Fold(digits.Value));
        var yearSpan = new TextSpan(block.TextSpan.Start + digits.Index, digits.Length);
        string issuer = block.Text[..digits.Index].TrimEnd(' ', '\u3000', '\t');
        TextSpan? issuerSpan = issuer.Length > 0 ? new TextSpan(block.TextSpan.Start, issuer.Length) : null;
        return new ReportTitle(block, issuer.Length > 0 ? issuer : null, issuerSpan, year, yearSpan);
    }
}
