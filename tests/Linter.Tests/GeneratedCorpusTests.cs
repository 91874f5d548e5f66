using GovInfo.Corpus;
using GovInfo.Linter.Engine;
using GovInfo.Tests;

namespace GovInfo.Linter.Tests;

/// <summary>Over a generated corpus the default pack finds every injected defect, where it was injected, and nothing else.</summary>
public class GeneratedCorpusTests
{
    [Fact]
    public void The_pack_finds_exactly_the_injected_defects_in_300_generated_reports()
    {
        using var dir = new TempDirectory();
        var reports = new CorpusGenerator(seed: 20261125, defectShare: 0.6).Generate(300).ToList();
        CorpusGenerator.WriteTo(dir.Path, reports);
        Assert.True(reports.Count(r => r.Expected.Count > 0) > 120);
        Assert.Contains(reports, r => r.FileName.EndsWith(".md"));
        Assert.Equal(CorpusGenerator.DefectKinds.Order(), reports.SelectMany(r => r.Expected.Select(e => e.Rule)).Distinct().Order());

        var run = Linting.Runner().Run(new LintOptions([dir.Path]));
        var mismatches = new List<string>();
        foreach (var file in run.Files)
        {
            var report = reports.Single(r => r.FileName == Path.GetFileName(file.Path));
            var actual = file.Diagnostics.Where(d => d.Severity >= Dsl.Rules.Severity.Warning).Select(d => $"{d.Id} {d.Start.Line}").Order().ToList();
            var expected = report.Expected.Select(e => $"{e.Rule} {e.Line}").Order().ToList();
            if (!actual.SequenceEqual(expected))
                mismatches.Add($"{report.FileName}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]");
        }
        Assert.Empty(mismatches);
    }

    [Fact]
    public void The_same_seed_gives_the_same_corpus()
    {
        var a = new CorpusGenerator(7).Generate(20).Select(r => r.Text + r.ExpectedText).ToList();
        var b = new CorpusGenerator(7).Generate(20).Select(r => r.Text + r.ExpectedText).ToList();
        Assert.Equal(a, b);
        Assert.NotEqual(a, new CorpusGenerator(8).Generate(20).Select(r => r.Text + r.ExpectedText).ToList());
    }
}
