namespace GovInfo.Report.Template;

/// <summary>A row or column of a template table; groups have children, leaves address cells.</summary>
public sealed class LabelNode
{
    public LabelNode(string key, string label, string? number, IReadOnlyList<string> aliases, IReadOnlyList<LabelNode> children,
        bool allowsDecimal = false, string? unit = null, bool unlabeled = false)
    {
        Key = key;
        Label = label;
        Number = number;
        Aliases = aliases;
        Children = children;
        AllowsDecimal = allowsDecimal;
        Unit = unit;
        Unlabeled = unlabeled;
        foreach (var child in children) child.Parent = this;
    }

    public string Key { get; }
    public string Label { get; }
    /// <summary>The numbering printed before the label in the template (一, （三）, 2), if any.</summary>
    public string? Number { get; }
    public IReadOnlyList<string> Aliases { get; }
    public IReadOnlyList<LabelNode> Children { get; }
    public LabelNode? Parent { get; private set; }
    public bool AllowsDecimal { get; }
    public string? Unit { get; }
    /// <summary>A data row the template prints without a label (the 复议/诉讼 table's single row).</summary>
    public bool Unlabeled { get; }

    public bool IsLeaf => Children.Count == 0;

    /// <summary>Dotted key path from the root, e.g. <c>results.withheld.state_secret</c>.</summary>
    public string Path => _path ??= Parent is null ? Key : $"{Parent.Path}.{Key}";

    // Parent is set once, by the parent's constructor, before anything asks for paths.
    private string? _path;

    /// <summary>Labels from the root down, e.g. 本年度办理结果 / 不予公开 / 属于国家秘密.</summary>
    public string DisplayPath => Parent is null ? Label : $"{Parent.DisplayPath} / {Label}";

    public IEnumerable<string> Names => Aliases.Prepend(Label);

    private LabelNormalizer.Folded[]? _folded;

    /// <summary>The label and aliases folded (made on first use).</summary>
    internal LabelNormalizer.Folded[] FoldedNames => _folded ??= [.. Names.Select(LabelNormalizer.Fold)];

    /// <summary>Whether <paramref name="text"/> reads as this node's label or an alias (see <see cref="LabelNormalizer.Matches(string, string)"/>).</summary>
    public bool IsNamed(string text) => IsNamed(LabelNormalizer.Fold(text));

    /// <summary>Whether already folded text reads as this node's label or an alias (fold once to test many nodes).</summary>
    public bool IsNamed(LabelNormalizer.Folded text)
    {
        foreach (var name in FoldedNames)
            if (LabelNormalizer.Matches(text, name)) return true;
        return false;
    }

    private LabelIndex? _childIndex;

    /// <summary>The children looked up by label (made on first use; the tree is complete by then).</summary>
    internal LabelIndex ChildIndex => _childIndex ??= new LabelIndex(Children);

    public IEnumerable<LabelNode> SelfAndAncestors()
    {
        for (var n = this; n is not null; n = n.Parent) yield return n;
    }

    public IEnumerable<LabelNode> SelfAndDescendants()
        => Children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);

    public override string ToString() => DisplayPath;
}
