using System.CommandLine;
using GovInfo.Report;
using GovInfo.Cli;
using GovInfo.Report.Files;
using GovInfo.Report.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace GovInfo.Cli.Parse;

/// <summary><c>govlint parse PATH... [--format tree|json|text]</c>: shows how report files were understood.</summary>
public static class ParseCommand
{
    public static Command Create(IServiceProvider services)
    {
        var paths = new Argument<string[]>("path") { Description = "报告文件（.txt、.md、.docx、.html）或包含报告的文件夹", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "输出格式：tree（默认）、json，或 text（govlint 从 .docx、HTML 中读出的纯文本）", DefaultValueFactory = _ => "tree" };
        format.AcceptOnlyFromAmong("tree", "json", "text");
        var command = new Command("parse", "解析报告并按官方模板显示识别结果：各部分的行范围、三张统计表的每个单元格及其行:列")
        {
            paths, format,
        };
        command.SetAction(result => Run(services, result.GetValue(paths)!, result.GetValue(format)!));
        return command;
    }

    private static int Run(IServiceProvider services, string[] paths, string format)
    {
        var files = InputFiles.Expand(paths, services.GetRequiredService<DocumentReader>(), out var pathErrors);
        var errors = pathErrors.Select(e => $"{e.Path}: error: {e.Message}").ToList();
        foreach (var error in errors) Console.Error.WriteLine(error);
        // The template loads on first use, so a broken template surfaces as a clean error in Program.
        var loader = services.GetRequiredService<ReportLoader>();
        var reports = new List<Report.Binding.Report>();
        foreach (var file in files)
        {
            var loaded = LoadSafely(loader, file);
            if (loaded.Report is null)
            {
                Console.Error.WriteLine($"{file}: error: {loaded.Error}");
                errors.Add(loaded.Error!);
            }
            else reports.Add(loaded.Report);
        }

        var output = Console.Out;
        if (format == "json") ReportJsonWriter.Write(reports, output);
        else if (format == "text") foreach (var report in reports) ReadTextWriter.Write(report.Document.Source, output);
        else
        {
            for (int i = 0; i < reports.Count; i++)
            {
                if (i > 0) output.WriteLine();
                ReportTreeWriter.Write(reports[i], output);
            }
        }
        return errors.Count > 0 ? ExitCodes.UsageError : ExitCodes.Success;
    }

    /// <summary>A bug while reading one file is that file's error; the other files are still shown.</summary>
    private static LoadResult LoadSafely(ReportLoader loader, string file)
    {
        try
        {
            return loader.Load(file);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new LoadResult(file, null, $"内部错误（{e.GetType().Name}：{e.Message}），请将此文件报告给 govlint 维护者。");
        }
    }
}
