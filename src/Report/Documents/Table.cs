using GovInfo.Report.Text;

namespace GovInfo.Report.Documents;

/// <summary>How a table was written in the source.</summary>
public enum TableSyntax { TabSeparated, Pipe }

/// <summary>A table as written: rows of cells in source order, before any template is applied.</summary>
public sealed record Table(TextSpan Span, TableSyntax Syntax, IReadOnlyList<TableRow> Rows) : Block(Span);

/// <summary>One source line of a table.</summary>
public sealed record TableRow(TextSpan Span, IReadOnlyList<TableCell> Cells)
{
    /// <summary>The cells with any text, in order.</summary>
    public IEnumerable<TableCell> NonEmptyCells => Cells.Where(c => c.Value.Kind != CellValueKind.Empty);
}

/// <summary>A table cell: its trimmed source text, the span of that text, and its value read leniently.</summary>
/// <remarks>An empty cell has an empty span where its text would start.</remarks>
public sealed record TableCell(TextSpan Span, string Text, CellValue Value);
