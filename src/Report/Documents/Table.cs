using GovInfo.Report.Text;

namespace GovInfo.Report.Documents;

/// <summary>How a table was written in the source.</summary>
public enum TableSyntax
{
    /// <summary>Lines of tab-separated cells, as reports are exported to text.</summary>
    TabSeparated,
    /// <summary>Markdown pipe rows.</summary>
    Pipe,
    /// <summary>A table element of the file format: a Word table, an HTML <c>&lt;table&gt;</c>.</summary>
    Markup,
    /// <summary>Cells bounded by the ruling lines a PDF page draws.</summary>
    RuledLines,
    /// <summary>Words a PDF page sets in aligned columns, without ruling lines.</summary>
    AlignedColumns,
}

/// <summary>A table as written: rows of cells in source order, before any template is applied.</summary>
public sealed record Table(TextSpan Span, TableSyntax Syntax, IReadOnlyList<TableRow> Rows) : Block(Span);

/// <summary>One row of a table (one source line in text formats).</summary>
public sealed record TableRow(TextSpan Span, IReadOnlyList<TableCell> Cells)
{
    /// <summary>The cells with any text, in order.</summary>
    public IEnumerable<TableCell> NonEmptyCells => Cells.Where(c => c.Value.Kind != CellValueKind.Empty);
}

/// <summary>A table cell: its trimmed source text, the span of that text, and its value read leniently.</summary>
/// <remarks>
/// An empty cell has an empty span where its text would start. A merged cell sits in its top-left slot
/// with <see cref="RowSpan"/> and <see cref="ColumnSpan"/> saying how far it reaches; the slots it also
/// covers are empty cells, as a tab-separated export writes them.
/// </remarks>
public sealed record TableCell(TextSpan Span, string Text, CellValue Value)
{
    /// <summary>How many rows the cell covers (1 unless merged downwards).</summary>
    public int RowSpan { get; init; } = 1;

    /// <summary>How many columns the cell covers (1 unless merged across).</summary>
    public int ColumnSpan { get; init; } = 1;
}
