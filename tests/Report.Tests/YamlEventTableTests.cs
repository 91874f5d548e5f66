using GovInfo.Report.Yaml;
using GovInfo.Tests;
using YamlDotNet.RepresentationModel;

namespace GovInfo.Report.Tests;

/// <summary>The default pack's YAML built from recorded parsing events gives the tree scanning the text gives (issue 18, cold start).</summary>
public class YamlEventTableTests
{
    private static IEnumerable<string> PackFiles()
        => Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "rules"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    [Fact]
    public void Every_file_of_the_default_pack_replays_to_the_tree_its_text_gives()
    {
        var recorded = new YamlEventTable();
        var texts = PackFiles().Select(File.ReadAllText).ToList();
        Assert.True(texts.Count >= 7, $"only {texts.Count} YAML files in rules/");
        foreach (string text in texts) Assert.True(recorded.Add(text));
        // Through the bytes the build embeds.
        using var bytes = new MemoryStream();
        recorded.Save(bytes);
        bytes.Position = 0;
        var table = YamlEventTable.Load(bytes);
        Assert.Equal(texts.Count, table.Count);
        foreach (string text in texts)
        {
            var scanned = new YamlStream();
            scanned.Load(new StringReader(text));
            var replayed = table.TryLoad(text);
            Assert.NotNull(replayed);
            Assert.Equal(Describe(scanned.Documents[0].RootNode), Describe(replayed));
        }
    }

    [Fact]
    public void A_text_that_differs_by_one_character_is_not_found()
    {
        var table = new YamlEventTable();
        Assert.True(table.Add("rules:\n  - id: GI0001\n    title: 甲\n"));
        Assert.NotNull(table.TryLoad("rules:\n  - id: GI0001\n    title: 甲\n"));
        Assert.Null(table.TryLoad("rules:\n  - id: GI0001\n    title: 乙\n"));
        Assert.Null(table.TryLoad("rules:\n  - id: GI0001\n    title: 甲\n\n"));
    }

    [Theory]
    [InlineData("a: [1, 2\n")]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: 1\n---\nb: 2\n")]
    [InlineData("a: !!str 1\n")]
    public void A_text_with_an_error_or_what_the_table_cannot_write_is_not_recorded(string text)
    {
        var table = new YamlEventTable();
        Assert.False(table.Add(text));
        Assert.Null(table.TryLoad(text));
    }

    [Fact]
    public void An_unreadable_table_is_empty()
    {
        using var garbage = new MemoryStream([1, 2, 3, 4, 5]);
        Assert.Equal(0, YamlEventTable.Load(garbage).Count);
        Assert.Equal(0, YamlEventTable.Load(null).Count);
    }

    // Every node with its kind, positions, style and value, in document order.
    private static string Describe(YamlNode root) => string.Join("\n", root.AllNodes.Select(node => node switch
    {
        YamlScalarNode s => $"scalar {s.Start}-{s.End} {s.Style} {s.Tag} «{s.Value}»",
        YamlMappingNode m => $"mapping {m.Start}-{m.End} {m.Style} {m.Children.Count}",
        YamlSequenceNode q => $"sequence {q.Start}-{q.End} {q.Style} {q.Children.Count}",
        _ => node.GetType().Name,
    }));
}
