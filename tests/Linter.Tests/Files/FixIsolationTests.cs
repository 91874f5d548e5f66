using GovInfo.Dsl.Functions;
using GovInfo.Dsl.Rules;
using GovInfo.Linter.Engine;
using GovInfo.Linter.Fixes;
using GovInfo.Report;
using GovInfo.Report.Binding;
using GovInfo.Report.Documents;
using GovInfo.Report.Reading;
using GovInfo.Report.Text;
using GovInfo.Tests;

namespace GovInfo.Linter.Tests.Files;

/// <summary>Issue 17 (F17): a file that makes the fixer fail is that file's error; the files before and after it are fixed and reported.</summary>
public class FixIsolationTests
{
    /// <summary>A text format whose reader fails, as a reader with a bug would.</summary>
    private sealed class FailingReader : IReportReader
    {
        public string Format => "failing";
        public IReadOnlyCollection<string> Extensions => [".fail"];
        public int ScoreContent(SourceText source) => 0;
        public Document Read(SourceText source) => throw new InvalidOperationException("reader bug");
    }

    [Fact]
    public void Fix_of_a_folder_fixes_and_reports_every_file_around_one_that_fails()
    {
        using var dir = new TempDirectory();
        string first = dir.File("a.txt", Linting.Fixture000);
        string failing = dir.File("b.fail", Linting.Fixture000);
        string last = dir.File("c.txt", Linting.Fixture000);
        var reader = new DocumentReader(Reports.Formats, [.. Reports.Readers, new FailingReader()]);
        var runner = new LintRunner(new ReportLoader(reader, new TemplateBinder(Reports.Template)), new RuleLoader(Reports.Template, FunctionRegistry.Builtin), reader);

        var outcomes = new FixRunner(runner, reader).Fix(new LintOptions([dir.Path]), dryRun: false);

        Assert.Equal([first, failing, last], outcomes.Select(o => o.Path));
        Assert.All([outcomes[0], outcomes[2]], o => Assert.True(o.Applied > 0 && o.Error is null));
        Assert.StartsWith("内部错误", outcomes[1].Error);
        Assert.Equal(Linting.Fixture000, File.ReadAllText(failing));
        Assert.NotEqual(Linting.Fixture000, File.ReadAllText(last));
    }
}
