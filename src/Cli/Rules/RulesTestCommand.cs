using System.CommandLine;
using GovInfo.Dsl.Rules;
using GovInfo.Linter.Engine;
using GovInfo.Linter.Testing;
using GovInfo.Report;
using GovInfo.Report.Files;
using GovInfo.Report.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace GovInfo.Cli.Rules;

/// <summary><c>govlint rules test [PATHS]</c>: runs every rule's examples, and checks annotated test reports.</summary>
public static class RulesTestCommand
{
    public static Command Create(IServiceProvider services)
    {
        var paths = new Argument<string[]>("path") { Description = "规则文件、文件夹，或带 <!-- expect: … --> 注释的测试报告（默认：随附的 rules/）", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("test", "运行每条规则的 invalid/valid 示例，并核对带 expect 注释的测试报告（全部通过退出码 0，否则 1；默认：lint 在当前文件夹会用的规则）") { paths };
        var selection = new RuleSelection();
        selection.AddTo(command);
        command.SetAction(result =>
        {
            var given = selection.Paths(services, result, result.GetValue(paths));
            // A path that names nothing is a mistake to report, not a reason to test the default pack instead.
            var missing = given.Where(g => !IsFolder(g) && !File.Exists(g) && !BuiltinFiles.IsFile(g) && g.IndexOfAny(['*', '?']) < 0).ToList();
            foreach (var path in missing) Console.Error.WriteLine($"{path}: error: {(string.IsNullOrWhiteSpace(path) ? "路径为空。" : $"路径不存在（找过 {DisplayPath.Of(Path.GetFullPath(path))}）。")}");
            if (missing.Count > 0) return ExitCodes.UsageError;
            var ruleFiles = given.Where(g => IsFolder(g) || RuleLoader.Extensions.Contains(Path.GetExtension(g))).ToList();
            // A test report is a report file with at least one expect annotation (other Markdown, such as RELEASES.md, is not).
            var reports = InputFiles.Expand(given.Where(g => IsFolder(g) || !RuleLoader.Extensions.Contains(Path.GetExtension(g))), services.GetRequiredService<DocumentReader>(), out _)
                .Where(f => RegularFile.Exists(f) && DirectiveSyntax.HasExpectation(RegularFile.ReadAllText(f))).ToList();

            var set = RulesListCommand.Load(services, ruleFiles);

            var tester = new RuleTester(services.GetRequiredService<ReportLoader>());
            var failures = new List<RuleTestFailure>();
            int passed = 0;
            foreach (var rule in set.Rules)
            {
                var ruleFailures = tester.Test(rule);
                if (ruleFailures.Count == 0) passed++;
                failures.AddRange(ruleFailures);
            }
            var annotated = new AnnotatedReportTester(services.GetRequiredService<LintRunner>());
            foreach (var report in reports) failures.AddRange(annotated.Test(report));

            foreach (var failure in failures) Console.Error.WriteLine(failure);
            Console.Out.WriteLine($"{passed}/{set.Rules.Count} 条规则的示例通过，{reports.Count} 个测试报告，{failures.Count} 处失败。");
            return failures.Count == 0 ? ExitCodes.Success : ExitCodes.Findings;
        });
        return command;
    }

    private static bool IsFolder(string path) => Directory.Exists(path) || BuiltinFiles.IsFolder(path);
}
