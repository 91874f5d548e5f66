using System.CommandLine;
using GovInfo.Linter.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace GovInfo.Cli.Rules;

/// <summary>
/// The <c>--config</c> and <c>--rules</c> options of <c>explain</c> and the <c>rules</c> commands: without rule paths
/// of their own they read the rules <c>lint</c> would use in the working directory (the default pack, govlint.yaml's
/// <c>rules:</c>, <c>--rules</c>), so a custom rule's ID is known to them as it is to <c>lint</c>.
/// </summary>
public sealed class RuleSelection
{
    public Option<string?> Config { get; } = new("--config") { Description = "配置文件（默认：从当前文件夹向上查找 govlint.yaml），其 rules: 中的规则一并列入" };
    public Option<string[]> Rules { get; } = new("--rules") { Description = "额外的规则文件或文件夹（可重复），与 lint 的 --rules 相同", AllowMultipleArgumentsPerToken = true };

    public void AddTo(Command command)
    {
        command.Options.Add(Config);
        command.Options.Add(Rules);
    }

    /// <summary>The paths named on the command line (with <c>--rules</c>), or else the rule paths of a lint run here.</summary>
    public IReadOnlyList<string> Paths(IServiceProvider services, ParseResult result, IReadOnlyList<string>? given = null)
    {
        var extra = result.GetValue(Rules) ?? [];
        if (given is { Count: > 0 }) return [.. given, .. extra];
        var options = new LintOptions([], result.GetValue(Config), extra);
        var config = services.GetRequiredService<LintRunner>().ConfigForDirectory(Directory.GetCurrentDirectory(), options);
        return LintRunner.RulePathsFor(config, options);
    }
}
