using System.CommandLine;
using GovInfo.Linter.Fixes;
using Microsoft.Extensions.DependencyInjection;

namespace GovInfo.Cli.Lint;

/// <summary><c>govlint fix PATH... [--dry-run]</c>: applies every automatic fix, keeping encoding, BOM and line endings.</summary>
public static class FixCommand
{
    public static Command Create(IServiceProvider services)
    {
        var common = new LintOptionSet();
        var dryRun = new Option<bool>("--dry-run") { Description = "不修改文件，只输出统一格式的差异（diff）" };
        var command = new Command("fix", "应用所有可自动修复的问题（保留文件编码、BOM 与换行符，原子写入）");
        common.AddTo(command);
        command.Options.Add(dryRun);
        command.SetAction(result =>
        {
            var outcomes = new List<FixOutcome>();
            // Each file is reported as soon as it is done: a run stopped half-way has said which files it changed.
            foreach (var outcome in services.GetRequiredService<FixRunner>().FixEach(common.Read(result), result.GetValue(dryRun)))
            {
                outcomes.Add(outcome);
                if (outcome.Error is not null) Console.Error.WriteLine($"{outcome.Path}: error: {outcome.Error}");
                else if (outcome.Diff is not null) Console.Out.Write(outcome.Diff);
                else if (outcome.Applied > 0) Console.Error.WriteLine($"{outcome.Path}: 已修复 {outcome.Applied} 处。");
            }
            int fixedCount = outcomes.Sum(o => o.Applied);
            Console.Error.WriteLine(fixedCount == 0 ? "没有可自动修复的问题。" : result.GetValue(dryRun) ? $"共可修复 {fixedCount} 处（未写入）。" : $"共修复 {fixedCount} 处。");
            return outcomes.Any(o => o.Error is not null) ? ExitCodes.UsageError : ExitCodes.Success;
        });
        return command;
    }
}
