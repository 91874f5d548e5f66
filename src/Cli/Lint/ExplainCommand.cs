using System.CommandLine;
using GovInfo.Report.Files;
using GovInfo.Dsl.Rules;
using GovInfo.Linter.Documentation;
using GovInfo.Cli.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace GovInfo.Cli.Lint;

/// <summary><c>govlint explain GI3001</c>: a rule's title, severity, description, source and examples.</summary>
public static class ExplainCommand
{
    public static Command Create(IServiceProvider services)
    {
        var id = new Argument<string>("rule-id") { Description = "规则编号，如 GI3001" };
        var command = new Command("explain", "说明一条规则：标题、级别、说明、规则源文件与示例（包括 govlint.yaml 和 --rules 加入的规则）") { id };
        var selection = new RuleSelection();
        selection.AddTo(command);
        command.SetAction(result =>
        {
            var paths = selection.Paths(services, result);
            var set = RulesListCommand.Load(services, paths);
            string wanted = result.GetValue(id)!.Trim().ToUpperInvariant();
            var rule = set.Find(wanted);
            if (rule is null)
            {
                Console.Error.WriteLine($"govlint: 没有规则 {wanted}（找过：{string.Join("、", paths.Select(DisplayPath.Of))}；其他规则用 --rules 或 govlint.yaml 的 rules: 加入）。可用：{string.Join("、", set.Rules.Select(r => r.Descriptor.Id))}。");
                return ExitCodes.UsageError;
            }
            Console.Out.Write(RuleExplanation.Of(rule, Directory.GetCurrentDirectory()));
            return ExitCodes.Success;
        });
        return command;
    }
}
