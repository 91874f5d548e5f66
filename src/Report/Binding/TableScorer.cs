using GovInfo.Report.Documents;
using GovInfo.Report.Template;

namespace GovInfo.Report.Binding;

/// <summary>
/// Scores a source table against every template table at once: each folded form of a text cell is looked
/// up among the forms of all template names, instead of a set of the cell forms being probed with every
/// name of every template table. A name counts once when either of its forms equals either form of a cell.
/// </summary>
internal sealed class TableScorer
{
    private readonly Dictionary<string, List<(int Table, int Name)>> _names = new(StringComparer.Ordinal);
    private readonly int[] _nameCounts;

    public TableScorer(IReadOnlyList<TableBinder> binders)
    {
        _nameCounts = new int[binders.Count];
        for (int t = 0; t < binders.Count; t++)
        {
            var names = binders[t].Names;
            _nameCounts[t] = names.Count;
            for (int n = 0; n < names.Count; n++)
            {
                Add(names[n].Full, t, n);
                if (names[n].WithoutNote != names[n].Full) Add(names[n].WithoutNote, t, n);
            }
        }
    }

    private void Add(string form, int table, int name)
    {
        if (!_names.TryGetValue(form, out var owners)) _names[form] = owners = [];
        owners.Add((table, name));
    }

    /// <summary>For each template table (in the binders' order), how many of its names the source table shows.</summary>
    public int[] Scores(Table table, FoldedCells labels)
    {
        var shown = new bool[_nameCounts.Length][];
        var scores = new int[_nameCounts.Length];
        foreach (var row in table.Rows)
        {
            var cells = row.Cells;
            var foldedRow = labels.Of(row);
            for (int i = 0; i < cells.Count; i++)
            {
                if (cells[i].Value.Kind != CellValueKind.Text) continue;
                var folded = foldedRow[i];
                if (folded.Full.Length == 0) continue;
                Mark(folded.Full, shown, scores);
                if (folded.WithoutNote != folded.Full) Mark(folded.WithoutNote, shown, scores);
            }
        }
        return scores;
    }

    private void Mark(string form, bool[][] shown, int[] scores)
    {
        if (!_names.TryGetValue(form, out var owners)) return;
        foreach (var (t, n) in owners)
        {
            var seen = shown[t] ??= new bool[_nameCounts[t]];
            if (seen[n]) continue;
            seen[n] = true;
            scores[t]++;
        }
    }
}
