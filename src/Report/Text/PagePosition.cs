namespace GovInfo.Report.Text;

/// <summary>A position on a PDF page: the 1-based page, the 1-based line within the page and the 1-based character within the line.</summary>
public readonly record struct PagePosition(int Page, int Line, int Column)
{
    /// <summary><c>第N页:行:列</c>, as text output shows it.</summary>
    public override string ToString() => $"第{Page}页:{Line}:{Column}";
}
