using GovInfo.Dsl.Functions;
using GovInfo.Dsl.Rules;
using GovInfo.Dsl.Runtime;
using GovInfo.Tests;

namespace GovInfo.Dsl.Tests;

/// <summary>Loads rule files with the shipped template and evaluates them on reports, for tests.</summary>
public static class Rules
{
    public static RuleLoader Loader { get; } = new(Reports.Template, FunctionRegistry.Builtin);

    public static string DefaultFolder => Path.Combine(TestPaths.RepositoryRoot, "rules");

    public static RuleSet Default { get; } = Loader.Load([DefaultFolder]);

    public static RuleSet FromYaml(string yaml)
    {
        string path = Path.Combine(Path.GetTempPath(), $"govlint-rule-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, yaml);
        try
        {
            return Loader.Load([path]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static List<RuleFinding> Run(string id, Report.Binding.Report report)
    {
        Assert.Empty(Default.Errors);
        var rule = Default.Find(id);
        Assert.NotNull(rule);
        return rule.Evaluate(new ReportView(report));
    }

    public static string At(Report.Binding.Report report, Report.Text.TextSpan span)
        => report.Document.Source.GetLinePosition(span.Start).ToString();
}
