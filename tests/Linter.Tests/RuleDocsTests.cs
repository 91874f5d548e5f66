using GovInfo.Dsl.Functions;
using GovInfo.Dsl.Rules;
using GovInfo.Linter.Documentation;
using GovInfo.Tests;

namespace GovInfo.Linter.Tests;

public class RuleDocsTests
{
    private static RuleSet Pack => new RuleLoader(Reports.Template, FunctionRegistry.Builtin).Load([Path.Combine(TestPaths.RepositoryRoot, "rules")]);

    [Fact]
    public void The_committed_rule_docs_are_up_to_date()
    {
        string folder = Path.Combine(TestPaths.RepositoryRoot, "docs", "rules");
        var pages = RuleDocs.Generate(Pack);
        Assert.Equal(pages.Keys.Order(StringComparer.Ordinal), Directory.GetFiles(folder, "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);
        foreach (var (name, text) in pages)
            Assert.True(text == File.ReadAllText(Path.Combine(folder, name)), $"docs/rules/{name} is stale: run `govlint rules docs rules --out docs/rules`.");
    }

    [Fact]
    public void Every_rule_is_listed_in_the_releases_table()
    {
        string releases = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "rules", "RELEASES.md"));
        Assert.All(Pack.Rules, r => Assert.Contains($"| {r.Descriptor.Id} |", releases));
    }

    [Fact]
    public void Rule_ids_sit_in_their_category_range()
    {
        var ranges = new Dictionary<string, char> { ["结构"] = '1', ["表格结构"] = '2', ["表格勾稽"] = '3', ["正文与表格"] = '4', ["日期"] = '4', ["必备说明"] = '5', ["文字规范"] = '6' };
        Assert.All(Pack.Rules, r => Assert.Equal(ranges[r.Descriptor.Category], r.Descriptor.Id[2]));
    }
}
