using System.CommandLine;
using GovInfo.Linter.Engine;
using GovInfo.Linter.Formatters;
using Microsoft.Extensions.DependencyInjection;

namespace GovInfo.Cli.Lint;

/// <summary><c>govlint summary PATHS</c>: one row per report (issuer, year, findings per rule category, the failing rules, rules that could not be checked, result) for auditors, as CSV or an Excel workbook.</summary>
public static class SummaryCommand
{
    public static Command Create(IServiceProvider services)
    {
        var common = new LintOptionSet();
        var format = new Option<string>("--format") { Description = "输出格式：csv（默认，带 BOM 的 UTF-8，Excel 可直接打开）、xlsx（“报告”和“问题”两个工作表）", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", OutputFile.XlsxFormat);
        var output = new Option<string?>("--output", "-o") { Description = "输出文件（默认：标准输出）" };
        var command = new Command("summary", "每份报告一行：发布机关、年度、各类别问题数、未通过的规则、是否通过（CSV 或 xlsx）");
        common.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(result =>
        {
            string chosen = result.GetValue(format)!;
            string? target = result.GetValue(output);
            if (OutputFile.Problem(chosen, target) is { } problem)
            {
                Console.Error.WriteLine($"govlint: {problem}");
                return ExitCodes.UsageError;
            }
            var workbook = chosen == OutputFile.XlsxFormat ? new XlsxWorkbook() : null;
            var text = workbook is null ? OutputFile.OpenText(target) : null;
            text?.Write(Csv.ByteOrderMark);
            if (text is not null) Csv.WriteRow(text, AuditTables.ReportColumns);
            using var progress = ProgressLine.ForConsole();
            var summary = services.GetRequiredService<LintRunner>().Stream(common.Read(result), _ => { }, file =>
            {
                progress?.Clear();
                if (workbook is not null) workbook.Add(file);
                else Csv.WriteRow(text!, AuditTables.ReportRow(file));
            }, progress);
            progress?.Clear();
            if (workbook is not null)
            {
                OutputFile.WriteBinary(target, stream => workbook.Save(stream, reportsFirst: true));
            }
            else if (target is not null) text!.Dispose();
            return summary.HasUnreadableFiles ? ExitCodes.UsageError : summary.Fails ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }
}
