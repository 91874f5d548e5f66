using System.CommandLine;
using GovInfo.Linter.Fixes;
using Microsoft.Extensions.DependencyInjection;

namespace GovInfo.Cli.Lint;

/// <summary><c>govlint fix PATH... [--dry-run] [-o OUT] [--backup] [--force]</c>: applies every automatic fix, keeping encoding, BOM and line endings.</summary>
public static class FixCommand
{
    public static Command Create(IServiceProvider services)
    {
        var common = new LintOptionSet();
        var dryRun = new Option<bool>("--dry-run") { Description = "不修改文件，只输出统一格式的差异（diff）" };
        var output = new Option<string?>("--output", "-o") { Description = "把修复后的副本写到此文件，原文件不动（只能用于一个文件）" };
        var backup = new Option<bool>("--backup") { Description = "改写原文件前把它保存为 NAME.bak（如 报告.docx.bak）" };
        var force = new Option<bool>("--force") { Description = "允许覆盖已存在的 -o 文件或备份" };
        var command = new Command("fix", "应用所有可自动修复的问题（保留文件编码、BOM 与换行符，原子写入；.docx 处于修订模式时写成修订）");
        common.AddTo(command);
        command.Options.Add(dryRun);
        command.Options.Add(output);
        command.Options.Add(backup);
        command.Options.Add(force);
        command.SetAction(result =>
        {
            var outcomes = new List<FixOutcome>();
            // Each file is reported as soon as it is done: a run stopped half-way has said which files it changed.
            var target = new FixTarget(result.GetValue(output), result.GetValue(backup), result.GetValue(force));
            foreach (var outcome in services.GetRequiredService<FixRunner>().FixEach(common.Read(result), result.GetValue(dryRun), target))
            {
                outcomes.Add(outcome);
                if (outcome.Error is not null) Console.Error.WriteLine($"{outcome.Path}: error: {outcome.Error}");
                else if (outcome.Diff is not null) Console.Out.Write(outcome.Diff);
                else if (outcome.Output is not null) Console.Error.WriteLine($"{outcome.Path}: 已修复 {outcome.Applied} 处，写入 {outcome.Output}（原文件未改动）。");
                else if (outcome.Applied > 0) Console.Error.WriteLine($"{outcome.Path}: 已修复 {outcome.Applied} 处。" + (outcome.Backup is { } kept ? $"原文件已备份为 {kept}。" : ""));
            }
            int fixedCount = outcomes.Sum(o => o.Applied);
            Console.Error.WriteLine(fixedCount == 0 ? "没有可自动修复的问题。" : result.GetValue(dryRun) ? $"共可修复 {fixedCount} 处（未写入）。" : $"共修复 {fixedCount} 处。");
            return outcomes.Any(o => o.Error is not null) ? ExitCodes.UsageError : ExitCodes.Success;
        });
        return command;
    }
}
