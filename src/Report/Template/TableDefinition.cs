namespace GovInfo.Report.Template;

/// <summary>One sub-table of a template table: its own header line, columns and rows.</summary>
public sealed class TablePart(string key, string? header, string? labelHeader, IReadOnlyList<LabelNode> columns, IReadOnlyList<LabelNode> rows)
{
    public string Key { get; } = key;
    /// <summary>The line that opens the sub-table, e.g. 第二十条第（一）项; null for a table of one part.</summary>
    public string? Header { get; } = header;
    /// <summary>The header cell above the row labels, e.g. 信息内容.</summary>
    public string? LabelHeader { get; } = labelHeader;
    public IReadOnlyList<LabelNode> Columns { get; } = columns;
    public IReadOnlyList<LabelNode> Rows { get; } = rows;
    public IReadOnlyList<LabelNode> ColumnLeaves { get; } = columns.SelectMany(c => c.SelfAndDescendants()).Where(n => n.IsLeaf).ToList();
    public IReadOnlyList<LabelNode> RowLeaves { get; } = rows.SelectMany(r => r.SelfAndDescendants()).Where(n => n.IsLeaf).ToList();
    public IReadOnlyList<LabelNode> AllRows { get; } = rows.SelectMany(r => r.SelfAndDescendants()).ToList();
    public IReadOnlyList<LabelNode> AllColumns { get; } = columns.SelectMany(c => c.SelfAndDescendants()).ToList();
}

/// <summary>A statistical table of the template: the section it belongs to and its parts.</summary>
public sealed class TableDefinition(string key, string title, string sectionKey, IReadOnlyList<TablePart> parts, IReadOnlyList<string> headerLabels)
{
    public string Key { get; } = key;
    public string Title { get; } = title;
    public string SectionKey { get; } = sectionKey;
    public IReadOnlyList<TablePart> Parts { get; } = parts;
    /// <summary>Header-only labels (申请人情况) that identify the table but address no cell.</summary>
    public IReadOnlyList<string> HeaderLabels { get; } = headerLabels;

    /// <summary>The leaf rows of every part, in template order.</summary>
    public IReadOnlyList<LabelNode> RowLeaves { get; } = [.. parts.SelectMany(p => p.RowLeaves)];

    /// <summary>
    /// Names looked up so far (a literal in a rule once, when it compiles; a name a rule computes, such as
    /// <c>group + "/总计"</c>, on every evaluation), per part; bounded, as a computed name may come from report text.
    /// </summary>
    private readonly Caching.BoundedCache<(TablePart? Part, string Name), IReadOnlyList<LabelNode>> _lookups = new(LookupCapacity);

    /// <summary>The most names <see cref="FindRows"/> and <see cref="FindColumns"/> keep per table (the default pack: a few dozen).</summary>
    public const int LookupCapacity = 10_000;

    private readonly Dictionary<LabelNode, TablePart> _partOf = PartsByRow(parts);

    /// <summary>The first part whose rows include <paramref name="row"/>.</summary>
    public TablePart PartOf(LabelNode row) => _partOf.TryGetValue(row, out var part) ? part : Parts.First(p => p.AllRows.Contains(row));

    private static Dictionary<LabelNode, TablePart> PartsByRow(IReadOnlyList<TablePart> parts)
    {
        var partOf = new Dictionary<LabelNode, TablePart>(ReferenceEqualityComparer.Instance);
        foreach (var part in parts)
            foreach (var row in part.AllRows) partOf.TryAdd(row, part);
        return partOf;
    }

    /// <summary>
    /// Rows named by <paramref name="name"/>: a label or alias (本年新收), a key path (results.withheld),
    /// or labels joined by '/' from an ancestor down (不予公开/属于国家秘密).
    /// </summary>
    public IReadOnlyList<LabelNode> FindRows(string name)
        => _lookups.GetOrAdd((null, name), key => LabelLookup.Find(Parts.SelectMany(p => p.AllRows), key.Name));

    /// <summary>Columns named by <paramref name="name"/> within the part that holds <paramref name="row"/>.</summary>
    public IReadOnlyList<LabelNode> FindColumns(LabelNode row, string name)
        => _lookups.GetOrAdd((PartOf(row), name), key => LabelLookup.Find(key.Part!.AllColumns, key.Name));
}

/// <summary>Finds template rows or columns by label, alias, key path or '/'-joined label path.</summary>
public static class LabelLookup
{
    public static IReadOnlyList<LabelNode> Find(IEnumerable<LabelNode> nodes, string name)
    {
        var all = nodes.ToList();
        var byPath = all.Where(n => n.Path == name).ToList();
        if (byPath.Count > 0) return byPath;

        var segments = name.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0) return [];
        var found = all.Where(n => NameMatches(n, segments[^1]) && AncestorsMatch(n.Parent, segments[..^1])).ToList();
        if (found.Count > 1)
        {
            // A name shared by a group and a leaf (总计 as a row group's child) means the cell-bearing leaf.
            var leaves = found.Where(n => n.IsLeaf).ToList();
            if (leaves.Count > 0) return leaves;
        }
        return found;
    }

    private static bool NameMatches(LabelNode node, string segment) => node.Key == segment || node.IsNamed(segment);

    private static bool AncestorsMatch(LabelNode? parent, string[] segments)
    {
        for (int i = segments.Length - 1; i >= 0; i--)
        {
            while (parent is not null && !NameMatches(parent, segments[i])) parent = parent.Parent;
            if (parent is null) return false;
            parent = parent.Parent;
        }
        return true;
    }
}
