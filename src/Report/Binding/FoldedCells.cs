using GovInfo.Report.Documents;
using GovInfo.Report.Template;

namespace GovInfo.Report.Binding;

/// <summary>
/// The folded labels (<see cref="LabelNormalizer.Fold"/>) of one document's text cells, row by row: each cell is folded
/// once for the document, however many template tables score it and however many lookups read it.
/// </summary>
internal sealed class FoldedCells
{
    private readonly Dictionary<TableRow, LabelNormalizer.Folded[]> _rows = new(ReferenceEqualityComparer.Instance);

    /// <summary>The folded text of each cell of <paramref name="row"/>, by position; only the cells that hold text (<see cref="CellValueKind.Text"/>) are folded, the others are default.</summary>
    public LabelNormalizer.Folded[] Of(TableRow row)
    {
        if (_rows.TryGetValue(row, out var folded)) return folded;
        var cells = row.Cells;
        folded = cells.Count == 0 ? [] : new LabelNormalizer.Folded[cells.Count];
        for (int i = 0; i < cells.Count; i++)
            if (cells[i].Value.Kind == CellValueKind.Text) folded[i] = LabelNormalizer.Fold(cells[i].Text);
        _rows.Add(row, folded);
        return folded;
    }
}
