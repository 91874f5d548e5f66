using System.CommandLine;
using GovInfo.Cli;
using GovInfo.Cli.Parse;
using GovInfo.Report;
using GovInfo.Report.Yaml;
using Microsoft.Extensions.DependencyInjection;

Console.OutputEncoding = System.Text.Encoding.UTF8;

try
{
    using var services = new ServiceCollection().AddGovlintReport().BuildServiceProvider();
    var root = new RootCommand("govlint：政府信息公开工作年度报告合规检查工具")
    {
        ParseCommand.Create(services),
    };
    var parsed = root.Parse(args);
    if (parsed.Errors.Count > 0)
    {
        foreach (var error in parsed.Errors) Console.Error.WriteLine($"govlint: {error.Message}");
        Console.Error.WriteLine("用法见 govlint --help。");
        return ExitCodes.UsageError;
    }
    return parsed.Invoke();
}
catch (YamlFileException e)
{
    foreach (var error in e.Errors) Console.Error.WriteLine(error);
    return ExitCodes.UsageError;
}
catch (FileNotFoundException e)
{
    Console.Error.WriteLine($"govlint: {e.Message}");
    return ExitCodes.UsageError;
}
