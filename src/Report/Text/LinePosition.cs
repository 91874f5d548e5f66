namespace GovInfo.Report.Text;

/// <summary>A 1-based line and 1-based column counted in UTF-16 code units (SARIF's default column kind); ordered by line, then column.</summary>
public readonly record struct LinePosition(int Line, int Column) : IComparable<LinePosition>
{
    public int CompareTo(LinePosition other) => Line != other.Line ? Line.CompareTo(other.Line) : Column.CompareTo(other.Column);

    public override string ToString() => $"{Line}:{Column}";
}
