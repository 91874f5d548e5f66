using System.CommandLine;
using GovInfo.Dsl.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace GovInfo.Cli.Rules;

/// <summary><c>govlint rules check [PATHS]</c>: compiles rule files and reports every error, without reading any report.</summary>
public static class RulesCommand
{
    public static Command Create(IServiceProvider services)
    {
        var paths = new Argument<string[]>("path") { Description = "规则文件或文件夹（默认：随附的 rules/）", Arity = ArgumentArity.ZeroOrMore };
        var check = new Command("check", "检查规则文件：解析、类型检查并编译全部规则，报告所有错误（退出码 0 无错误，1 有错误；默认：lint 在当前文件夹会用的规则）") { paths };
        var selection = new RuleSelection();
        selection.AddTo(check);
        check.SetAction(result =>
        {
            var set = services.GetRequiredService<RuleLoader>().Load(selection.Paths(services, result, result.GetValue(paths)));
            foreach (var error in set.Errors) Console.Error.WriteLine(error.Render());
            Console.Out.WriteLine(set.HasErrors
                ? $"{set.Errors.Count} 个错误，{set.Files.Count} 个规则文件。"
                : $"{set.Rules.Count} 条规则，{set.Files.Count} 个规则文件，没有错误。");
            return set.HasErrors ? ExitCodes.Findings : ExitCodes.Success;
        });
        return new Command("rules", "规则文件相关命令") { check, RulesTestCommand.Create(services), RulesListCommand.CreateList(services), RulesListCommand.CreateDocs(services) };
    }
}
