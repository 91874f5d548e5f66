namespace GovInfo.Report.Text;

/// <summary>A 1-based line and 1-based column counted in UTF-16 code units (SARIF's default column kind).</summary>
public readonly record struct LinePosition(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
