using System.CommandLine;
using GovInfo.Linter.Engine;
using GovInfo.Linter.Formatters;
using Microsoft.Extensions.DependencyInjection;

namespace GovInfo.Cli.Lint;

/// <summary><c>govlint summary PATHS</c>: one CSV row per report (issuer, year, findings per rule category, rules that could not be checked, result) for supervisors.</summary>
public static class SummaryCommand
{
    private static readonly string[] Categories = ["结构", "表格结构", "表格勾稽", "正文与表格", "日期", "必备说明", "文字规范"];

    public static Command Create(IServiceProvider services)
    {
        var common = new LintOptionSet();
        var command = new Command("summary", "每份报告一行：发布机关、年度、各类别问题数、是否通过（CSV）");
        common.AddTo(command);
        command.SetAction(result =>
        {
            var output = Console.Out;
            output.WriteLine("file,issuer,year," + string.Join(",", Categories) + ",其他,errors,warnings,无法检查,result");
            using var progress = ProgressLine.ForConsole();
            var summary = services.GetRequiredService<LintRunner>().Stream(common.Read(result), _ => { }, file =>
            {
                progress?.Clear();
                var counts = Categories.Select(c => file.Diagnostics.Count(d => d.Rule.Category == c)).ToList();
                int other = file.Diagnostics.Count - counts.Sum();
                int errors = file.Diagnostics.Count(d => d.Severity == Dsl.Rules.Severity.Error);
                int warnings = file.Diagnostics.Count(d => d.Severity == Dsl.Rules.Severity.Warning);
                string notAssessed = file.Error ?? string.Join(" ", file.NotAssessed.Select(n => n.Id).Distinct());
                output.WriteLine($"{Csv.Field(SeverityNames.DisplayPath(file.Path))},{Csv.Field(file.Issuer ?? "")},{file.Year},{string.Join(",", counts)},{other},{errors},{warnings},{Csv.Field(notAssessed)},{file.Verdict}");
            }, progress);
            progress?.Clear();
            return summary.HasUnreadableFiles ? ExitCodes.UsageError : summary.Fails ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }
}
