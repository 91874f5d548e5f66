using GovInfo.Linter.Engine;
using GovInfo.Tests;

namespace GovInfo.Linter.Tests;

public class StreamingTests
{
    [Fact]
    public void Results_stream_in_input_order_with_running_totals()
    {
        using var dir = new TempDirectory();
        string[] texts = [.. TestPaths.AllFixtures.Select(File.ReadAllText)];
        for (int i = 0; i < 60; i++) dir.File($"r{i:D3}.txt", texts[i % texts.Length]);
        var seen = new List<string>();
        var progress = new List<int>();
        var summary = Linting.Runner().Stream(new LintOptions([dir.Path]), _ => { }, f => seen.Add(Path.GetFileName(f.Path)), new Progress(progress));
        Assert.Equal(Enumerable.Range(0, 60).Select(i => $"r{i:D3}.txt"), seen);
        Assert.Equal(60, summary.Files);
        Assert.Equal(Enumerable.Range(1, 60), progress);
        // Per five fixtures: 4 + 4 + 18 + 3 + 5 warnings and errors (RulePackTests), twelve times.
        Assert.Equal(12 * 34, summary.Count(Dsl.Rules.Severity.Warning) + summary.Count(Dsl.Rules.Severity.Error));
        Assert.Equal(("GI6003", 12 * 27), summary.TopRules(1).Single());
    }

    private sealed class Progress(List<int> seen) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => seen.Add(value.Done);
    }
}
