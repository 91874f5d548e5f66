using GovInfo.Report.Template;

using GovInfo.Tests;

namespace GovInfo.Report.Tests;

/// <summary>The label index finds the same node as testing every node of the list with <see cref="LabelNode.IsNamed(string)"/>.</summary>
public class LabelIndexTests
{
    /// <summary>The only node of <paramref name="nodes"/> named <paramref name="text"/>, by testing each: what the index must agree with.</summary>
    private static LabelNode? ByScanning(IReadOnlyList<LabelNode> nodes, string text, bool rootsOnly)
    {
        var named = nodes.Where(n => (!rootsOnly || n.Parent is null) && n.IsNamed(text)).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>Every name of the template's tables, with a note, a numbering or blanks added, and texts that name nothing.</summary>
    private static List<string> Texts(ReportTemplate template)
    {
        var names = template.Tables.SelectMany(t => t.Parts).SelectMany(p => p.AllRows.Concat(p.AllColumns)).SelectMany(n => n.Names).Distinct().ToList();
        return [.. names, .. names.Select(n => n + "（注）"), .. names.Select(n => "（一）" + n), .. names.Select(n => " " + n + " "),
            "", "  ", "未知的标签", "（注）", "1."];
    }

    [Fact]
    public void Every_list_of_the_template_finds_what_scanning_finds()
    {
        var template = Reports.Template;
        var texts = Texts(template);
        var lists = template.Tables.SelectMany(t => t.Parts).SelectMany(p => new[] { p.AllRows, p.AllColumns, p.Rows })
            .Concat(template.Tables.Select(t => t.Parts.SelectMany(p => p.AllRows).ToList()))
            .Concat(template.Tables.SelectMany(t => t.Parts).SelectMany(p => p.AllRows).Where(n => !n.IsLeaf).Select(n => n.Children))
            .ToList();
        int found = 0, ambiguousOrNone = 0;
        foreach (var list in lists)
        {
            var index = new LabelIndex(list);
            foreach (var text in texts)
                foreach (bool rootsOnly in new[] { false, true })
                {
                    var expected = ByScanning(list, text, rootsOnly);
                    Assert.Same(expected, index.Single(LabelNormalizer.Fold(text), rootsOnly));
                    if (expected is null) ambiguousOrNone++;
                    else found++;
                }
        }
        // Both outcomes occur, so the comparison tested something either way.
        Assert.True(found > 100 && ambiguousOrNone > 100, $"{found} found, {ambiguousOrNone} not");
    }

    [Fact]
    public void A_name_two_nodes_share_finds_neither_unless_only_one_is_a_root()
    {
        var a = new LabelNode("a", "其他", null, [], []);
        var group = new LabelNode("g", "分组", null, [], [new LabelNode("b", "其他", null, [], [])]);
        var index = new LabelIndex([a, group, group.Children[0]]);
        Assert.Null(index.Single(LabelNormalizer.Fold("其他")));
        Assert.Same(a, index.Single(LabelNormalizer.Fold("其他"), rootsOnly: true));
        Assert.Same(group, index.Single(LabelNormalizer.Fold("分组")));
    }

    [Fact]
    public void A_node_listed_twice_is_ambiguous_as_scanning_finds_it()
    {
        var a = new LabelNode("a", "总计", null, [], []);
        Assert.Null(new LabelIndex([a, a]).Single(LabelNormalizer.Fold("总计")));
        Assert.Same(a, new LabelIndex([a]).Single(LabelNormalizer.Fold("总计")));
    }

    [Fact]
    public void Text_and_name_match_with_a_note_on_either()
    {
        var withNote = new LabelNode("p", "部分公开（区分处理的）", null, ["部分提供"], []);
        var index = new LabelIndex([withNote]);
        Assert.Same(withNote, index.Single(LabelNormalizer.Fold("部分公开")));
        Assert.Same(withNote, index.Single(LabelNormalizer.Fold("部分公开（另注）")));
        Assert.Same(withNote, index.Single(LabelNormalizer.Fold("部分提供")));
        Assert.Null(index.Single(LabelNormalizer.Fold("区分处理的")));
    }
}
