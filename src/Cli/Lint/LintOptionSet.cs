using System.CommandLine;
using GovInfo.Linter.Configuration;
using GovInfo.Linter.Engine;

namespace GovInfo.Cli.Lint;

/// <summary>The options lint and fix share, declared once (as dotnet-format's common options are).</summary>
public sealed class LintOptionSet
{
    public Argument<string[]> Paths { get; } = new("path") { Description = "报告文件或文件夹", Arity = ArgumentArity.OneOrMore };
    public Option<string?> Config { get; } = new("--config") { Description = "配置文件（默认：从报告所在文件夹向上查找 govlint.yaml）" };
    public Option<string[]> Rules { get; } = new("--rules") { Description = "额外的规则文件或文件夹（可重复）", AllowMultipleArgumentsPerToken = true };
    public Option<string?> FailOn { get; } = new("--fail-on") { Description = "达到此级别即以退出码 1 结束：error（默认）、warning、info、none" };

    public LintOptionSet()
    {
        FailOn.AcceptOnlyFromAmong("error", "warning", "info", "none");
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        command.Options.Add(Config);
        command.Options.Add(Rules);
        command.Options.Add(FailOn);
    }

    public LintOptions Read(ParseResult result, string? baseline = null) => new(
        result.GetValue(Paths) ?? [],
        result.GetValue(Config),
        result.GetValue(Rules) ?? [],
        baseline,
        result.GetValue(FailOn) is { } f && ConfigLoader.TryParseFailOn(f, out var failOn) ? failOn : null);
}
