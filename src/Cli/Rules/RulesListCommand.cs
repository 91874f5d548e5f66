using System.CommandLine;
using GovInfo.Dsl.Rules;
using GovInfo.Linter.Documentation;
using GovInfo.Linter.Engine;
using GovInfo.Report.Text;
using Microsoft.Extensions.DependencyInjection;

namespace GovInfo.Cli.Rules;

/// <summary><c>govlint rules list</c> and <c>govlint rules docs --out DIR</c>: the rule catalogue as a table, or as Markdown pages.</summary>
public static class RulesListCommand
{
    public static Command CreateList(IServiceProvider services)
    {
        var paths = new Argument<string[]>("path") { Description = "规则文件或文件夹（默认：随附的 rules/）", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("list", "列出全部规则：编号、级别、类别、标题（默认：lint 在当前文件夹会用的规则）") { paths };
        var selection = new RuleSelection();
        selection.AddTo(command);
        command.SetAction(result =>
        {
            var set = Load(services, selection.Paths(services, result, result.GetValue(paths)));
            int categoryWidth = set.Rules.Max(r => DisplayWidth.Of(r.Descriptor.Category));
            foreach (var d in set.Rules.Select(r => r.Descriptor))
                Console.Out.WriteLine($"{d.Id}  {RuleDocs.Severity(d.Severity),-7}  {d.Category}{new string(' ', categoryWidth - DisplayWidth.Of(d.Category))}  {d.Title}");
            Console.Out.WriteLine($"共 {set.Rules.Count} 条规则。");
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command CreateDocs(IServiceProvider services)
    {
        var paths = new Argument<string[]>("path") { Description = "规则文件或文件夹（默认：随附的 rules/）", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string>("--out") { Description = "输出文件夹", DefaultValueFactory = _ => Path.Combine("docs", "rules") };
        var command = new Command("docs", "为每条规则生成一页 Markdown 文档和一个索引（默认：lint 在当前文件夹会用的规则）") { paths, output };
        var selection = new RuleSelection();
        selection.AddTo(command);
        command.SetAction(result =>
        {
            var set = Load(services, selection.Paths(services, result, result.GetValue(paths)));
            int pages = RuleDocs.Write(set, result.GetValue(output)!);
            Console.Out.WriteLine($"已写入 {pages} 页到 {result.GetValue(output)}。");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The rule set of the paths (<see cref="RuleSelection.Paths"/>); rule-file errors stop the command.</summary>
    internal static RuleSet Load(IServiceProvider services, IReadOnlyList<string> paths)
    {
        var set = services.GetRequiredService<RuleLoader>().Load(paths);
        if (set.HasErrors) throw new RuleSetException(set.Errors);
        return set;
    }
}
