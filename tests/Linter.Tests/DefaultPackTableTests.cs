using GovInfo.Dsl.Functions;
using GovInfo.Dsl.Rules;
using GovInfo.Dsl.Syntax;
using GovInfo.Linter.Engine;
using GovInfo.Tests;

namespace GovInfo.Linter.Tests;

/// <summary>The expression table built into GovInfo.Linter: complete for the default pack and what the grammar makes of it today.</summary>
public class DefaultPackTableTests
{
    private static readonly string Pack = Path.Combine(TestPaths.RepositoryRoot, "rules");

    private static byte[] Saved(ExpressionCache cache)
    {
        using var stream = new MemoryStream();
        cache.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void The_default_pack_loads_without_parsing_any_expression()
    {
        var table = DefaultRules.Expressions();
        Assert.True(table.Count > 100, $"only {table.Count} expressions in the built-in table");

        var set = new RuleLoader(Reports.Template, FunctionRegistry.Builtin, table).Load([Pack]);

        Assert.False(set.HasErrors);
        Assert.Equal(32, set.Rules.Count);
        Assert.Equal(0, table.Misses);
    }

    [Fact]
    public void The_built_in_table_is_exactly_what_the_grammar_makes_of_the_pack_now()
    {
        var parsedNow = new ExpressionCache();
        new RuleLoader(Reports.Template, FunctionRegistry.Builtin, parsedNow).Load([Pack]);

        Assert.Equal(Saved(parsedNow), Saved(DefaultRules.Expressions()));
    }

    [Fact]
    public void The_built_in_yaml_events_hold_every_file_of_the_pack_as_it_reads_now()
    {
        var files = Directory.GetFiles(Pack, "*.yaml", SearchOption.AllDirectories);
        var table = DefaultRules.YamlEvents();
        Assert.Equal(files.Length, table.Count);
        foreach (string file in files)
        {
            var recorded = table.TryLoad(File.ReadAllText(file));
            Assert.NotNull(recorded);
            var scanned = new YamlDotNet.RepresentationModel.YamlStream();
            scanned.Load(new StringReader(File.ReadAllText(file)));
            Assert.Equal(scanned.Documents[0].RootNode.AllNodes.Count(), recorded.AllNodes.Count());
        }
    }
}
