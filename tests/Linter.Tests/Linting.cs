using GovInfo.Dsl.Functions;
using GovInfo.Dsl.Rules;
using GovInfo.Linter.Engine;
using GovInfo.Linter.Fixes;
using GovInfo.Report.Reading;
using GovInfo.Tests;

namespace GovInfo.Linter.Tests;

/// <summary>The linter composed as the CLI composes it, over the shipped template and rules.</summary>
public static class Linting
{
    public static LintRunner Runner() => new(Reports.Loader, new RuleLoader(Reports.Template, FunctionRegistry.Builtin), Reports.Reader);

    public static FixRunner Fixer() => new(Runner(), Reports.Reader);

    public static FileResult LintOne(string path, LintOptions? options = null)
        => Runner().Run(options ?? new LintOptions([path])).Files.Single();

    public static string Fixture000 => File.ReadAllText(TestPaths.Fixture("000"));
}
