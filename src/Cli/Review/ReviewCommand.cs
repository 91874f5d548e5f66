using System.CommandLine;
using GovInfo.Cli.Lint;
using GovInfo.Linter.Review;
using GovInfo.Report.Files;
using Microsoft.Extensions.DependencyInjection;

namespace GovInfo.Cli.Review;

/// <summary><c>govlint review PATH... [-o OUT] [--force]</c>: writes a reviewed copy of each report, with a 批注 on every finding and each automatic fix as a 修订.</summary>
public static class ReviewCommand
{
    public static Command Create(IServiceProvider services)
    {
        var common = new LintOptionSet();
        var output = new Option<string?>("--output", "-o") { Description = "审阅稿的文件名（审阅多个文件时为已有的文件夹）；默认在原文件旁写 NAME.govlint.docx" };
        var force = new Option<bool>("--force") { Description = "允许覆盖已存在的文件（原文件永远不会被改写）" };
        var command = new Command("review", "为每份报告写一份审阅稿（.docx）：每个问题一条批注，可自动修复的改动作为修订，可在 Word 或 WPS 中逐条接受或拒绝");
        // The paths and rules of lint; no --fail-on: a review's exit code says whether its copies were written.
        command.Arguments.Add(common.Paths);
        command.Options.Add(common.Config);
        command.Options.Add(common.Rules);
        command.Options.Add(output);
        command.Options.Add(force);
        command.SetAction(result =>
        {
            bool failed = false;
            foreach (var outcome in services.GetRequiredService<ReviewRunner>().ReviewEach(common.Read(result), result.GetValue(output), result.GetValue(force), DateTime.UtcNow))
            {
                if (outcome.Error is not null)
                {
                    failed = true;
                    Console.Error.WriteLine($"{DisplayPath.Of(outcome.Path)}: error: {outcome.Error}");
                    continue;
                }
                var copy = outcome.Copy!;
                string kind = copy.IsRendition ? "（按读到的内容生成的 Word 文档）" : "";
                Console.Error.WriteLine($"{DisplayPath.Of(outcome.Path)} → {DisplayPath.Of(outcome.Output!)}{kind}：批注 {copy.Comments - 1} 条（另有一条汇总），修订 {copy.Revised.Count} 处。");
            }
            return failed ? ExitCodes.UsageError : ExitCodes.Success;
        });
        return command;
    }
}
