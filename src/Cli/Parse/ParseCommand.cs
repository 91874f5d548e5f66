using System.CommandLine;
using GovInfo.Report;
using Microsoft.Extensions.DependencyInjection;

namespace GovInfo.Cli.Parse;

/// <summary><c>govlint parse FILE [--format tree|json]</c>: shows how a report file was understood.</summary>
public static class ParseCommand
{
    public static Command Create(IServiceProvider services)
    {
        var file = new Argument<FileInfo>("file") { Description = "要解析的报告文件（.txt、.md）" };
        var format = new Option<string>("--format") { Description = "输出格式：tree（默认）或 json", DefaultValueFactory = _ => "tree" };
        format.AcceptOnlyFromAmong("tree", "json");
        var command = new Command("parse", "解析报告并按官方模板显示识别结果：各部分的行范围、三张统计表的每个单元格及其行:列")
        {
            file, format,
        };
        command.SetAction(result =>
        {
            // The template is loaded on first use, so a broken template surfaces here as a clean error.
            var loader = services.GetRequiredService<ReportLoader>();
            var path = result.GetValue(file)!.ToString();
            var loaded = loader.Load(path);
            if (loaded.Report is null)
            {
                Console.Error.WriteLine($"{path}: error: {loaded.Error}");
                return ExitCodes.UsageError;
            }
            var output = Console.Out;
            if (result.GetValue(format) == "json") ReportJsonWriter.Write(loaded.Report, output);
            else ReportTreeWriter.Write(loaded.Report, output);
            return ExitCodes.Success;
        });
        return command;
    }
}
