using System.CommandLine;
using GovInfo.Linter.Baselines;
using GovInfo.Linter.Engine;
using GovInfo.Linter.Fixes;
using GovInfo.Linter.Formatters;
using GovInfo.Report.Files;
using Microsoft.Extensions.DependencyInjection;

namespace GovInfo.Cli.Lint;

/// <summary><c>govlint lint PATH...</c>: checks reports against the rules and reports findings in the chosen format.</summary>
public static class LintCommand
{
    public static Command Create(IServiceProvider services)
    {
        var common = new LintOptionSet();
        var formatters = services.GetServices<IDiagnosticFormatter>().ToList();
        var format = new Option<string>("--format") { Description = $"输出格式：{string.Join("、", formatters.Select(f => f.Name))}、{OutputFile.XlsxFormat}（Excel 工作簿，需 --output 或重定向）", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. formatters.Select(f => f.Name), OutputFile.XlsxFormat]);
        var output = new Option<string?>("--output", "-o") { Description = "输出文件（默认：标准输出）" };
        var baseline = new Option<string?>("--baseline") { Description = "基线文件：只报告其中没有的新问题" };
        var writeBaseline = new Option<string?>("--write-baseline") { Description = "把当前全部问题写入基线文件" };
        var fix = new Option<bool>("--fix") { Description = "先应用所有可自动修复的问题，再报告剩余问题" };
        var verbose = new Option<bool>("--verbose") { Description = "在标准错误中列出检查文件夹时跳过的不支持的文件" };

        var command = new Command("lint", "检查报告是否符合规则，按所选格式输出问题");
        common.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(baseline);
        command.Options.Add(writeBaseline);
        command.Options.Add(fix);
        command.Options.Add(verbose);
        command.Options.Add(output);
        command.SetAction(result =>
        {
            var options = common.Read(result, result.GetValue(baseline));
            if (result.GetValue(fix))
            {
                foreach (var o in services.GetRequiredService<FixRunner>().FixEach(options with { BaselinePath = null }, dryRun: false).Where(o => o.Applied > 0))
                    Console.Error.WriteLine($"{o.Path}: 已修复 {o.Applied} 处。");
            }
            var runner = services.GetRequiredService<LintRunner>();
            if (result.GetValue(writeBaseline) is { } baselinePath)
            {
                var run = runner.Run(options);
                string target = FinalPath.Of(baselinePath);
                if (run.Files.FirstOrDefault(f => FinalPath.Of(f.Path) == target) is { } input)
                {
                    Console.Error.WriteLine($"govlint: {baselinePath}: 基线文件不能是被检查的报告（{input.Path}），未写入；请另选一个文件名，如 govlint-baseline.json。");
                    return ExitCodes.UsageError;
                }
                Baseline.Write(baselinePath, run.Diagnostics);
                Console.Error.WriteLine($"已写入基线 {baselinePath}：{run.Diagnostics.Count()} 条。");
                return run.HasUnreadableFiles ? ExitCodes.UsageError : ExitCodes.Success;
            }
            string chosen = result.GetValue(format)!;
            string? outputPath = result.GetValue(output);
            if (OutputFile.Problem(chosen, outputPath) is { } problem)
            {
                Console.Error.WriteLine($"govlint: {problem}");
                return ExitCodes.UsageError;
            }
            LintSummary summary;
            if (chosen == OutputFile.XlsxFormat) summary = WriteWorkbook(runner, options, outputPath);
            else
            {
                var formatter = formatters.Single(f => f.Name == chosen);
                var writer = OutputFile.OpenText(outputPath);
                bool color = formatter.Name == "text" && outputPath is null && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
                var formatterOptions = new FormatterOptions(color, typeof(LintCommand).Assembly.GetName().Version?.ToString(3) ?? "0.1.0", outputPath is null ? TerminalWidth.OfConsole() : FormatterOptions.DefaultWidth);
                IFormatterSession? session = null;
                using var progress = ProgressLine.ForConsole();
                summary = runner.Stream(options,
                    rules => session = formatter.Start(writer, formatterOptions, rules),
                    file =>
                    {
                        progress?.Clear();
                        session!.Write(file);
                    },
                    progress);
                progress?.Clear();
                session!.Finish(summary);
                if (outputPath is not null) writer.Dispose();
            }
            var formatterName = chosen;
            SkippedFiles.Report(summary, formatterName == "text", result.GetValue(verbose));
            return summary.HasUnreadableFiles ? ExitCodes.UsageError : summary.Fails ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    private static LintSummary WriteWorkbook(LintRunner runner, LintOptions options, string? outputPath)
    {
        var workbook = new XlsxWorkbook();
        using var progress = ProgressLine.ForConsole();
        var summary = runner.Stream(options, _ => { }, file =>
        {
            progress?.Clear();
            workbook.Add(file);
        }, progress);
        progress?.Clear();
        OutputFile.WriteBinary(outputPath, stream => workbook.Save(stream, reportsFirst: false));
        return summary;
    }
}
