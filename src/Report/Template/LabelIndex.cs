namespace GovInfo.Report.Template;

/// <summary>
/// A list of template rows or columns looked up by folded label: the node of the list that a text names
/// (<see cref="LabelNode.IsNamed(LabelNormalizer.Folded)"/>), found by its folded forms instead of by testing every node.
/// </summary>
public sealed class LabelIndex
{
    private readonly IReadOnlyList<LabelNode> _nodes;

    // Each folded form of each name (with and without its note) → the positions in the list of the nodes it names, ascending.
    private readonly Dictionary<string, int[]> _positions = new(StringComparer.Ordinal);

    public LabelIndex(IReadOnlyList<LabelNode> nodes)
    {
        _nodes = nodes;
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < nodes.Count; i++)
            foreach (var name in nodes[i].Names)
            {
                var folded = LabelNormalizer.Fold(name);
                Add(positions, folded.Full, i);
                Add(positions, folded.WithoutNote, i);
            }
        foreach (var (form, list) in positions) _positions[form] = [.. list];
    }

    private static void Add(Dictionary<string, List<int>> positions, string form, int position)
    {
        // An empty form names nothing: a text that folds to nothing reads as no label.
        if (form.Length == 0) return;
        if (!positions.TryGetValue(form, out var list)) positions[form] = list = [];
        if (list.Count == 0 || list[^1] != position) list.Add(position);
    }

    /// <summary>The only node of the list (among those without a parent, when <paramref name="rootsOnly"/>) named <paramref name="text"/>; null for none or several.</summary>
    public LabelNode? Single(LabelNormalizer.Folded text, bool rootsOnly = false)
    {
        if (text.Full.Length == 0) return null;
        int found = -1;
        if (!Collect(text.Full, rootsOnly, ref found)) return null;
        if (text.WithoutNote != text.Full && !Collect(text.WithoutNote, rootsOnly, ref found)) return null;
        return found < 0 ? null : _nodes[found];
    }

    /// <summary>Adds the positions <paramref name="form"/> names to <paramref name="found"/>; false when that makes two.</summary>
    private bool Collect(string form, bool rootsOnly, ref int found)
    {
        if (!_positions.TryGetValue(form, out var positions)) return true;
        foreach (int p in positions)
        {
            if (rootsOnly && _nodes[p].Parent is not null) continue;
            if (found >= 0 && found != p) return false;
            found = p;
        }
        return true;
    }
}
