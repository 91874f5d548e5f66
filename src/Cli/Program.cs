using System.CommandLine;
using GovInfo.Cli;
using GovInfo.Cli.Lint;
using GovInfo.Cli.Parse;
using GovInfo.Cli.Review;
using GovInfo.Cli.Rules;
using GovInfo.Cli.Serve;
using GovInfo.Dsl;
using GovInfo.Linter;
using GovInfo.Linter.Baselines;
using GovInfo.Linter.Engine;
using GovInfo.Report;
using GovInfo.Report.Formats.Docx;
using GovInfo.Report.Formats.Html;
using GovInfo.Report.Formats.Pdf;
using GovInfo.Report.Formats.Markdown;
using GovInfo.Report.Formats.Text;
using GovInfo.Report.Yaml;
using Microsoft.Extensions.DependencyInjection;

Console.OutputEncoding = System.Text.Encoding.UTF8;
// Console.Out flushes every write; bulk runs write thousands of lines, so buffer stdout when it goes to a
// file or pipe (a terminal still sees each line at once) and flush at exit.
var stdout = new StreamWriter(new OutputStream(Console.OpenStandardOutput(), "标准输出"), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = !Console.IsOutputRedirected };
Console.SetOut(stdout);
Console.SetError(TextWriter.Synchronized(new StreamWriter(new OutputStream(Console.OpenStandardError(), "标准错误输出"), new System.Text.UTF8Encoding(false)) { AutoFlush = true }));
int exitCode;
try
{
    exitCode = Run(args);
    stdout.Flush();
}
catch (Exception e) when (OutputFailure(e) is { } failure)
{
    exitCode = ReportOutputFailure(failure);
}
return exitCode;

// A write to stdout or stderr failed, perhaps inside a worker (an AggregateException) or at the last flush.
static OutputWriteException? OutputFailure(Exception e) => e switch
{
    OutputWriteException failure => failure,
    AggregateException all => all.InnerExceptions.Select(OutputFailure).FirstOrDefault(f => f is not null),
    { InnerException: { } inner } => OutputFailure(inner),
    _ => null,
};

// One line on stderr (if stderr itself still works), exit code 2; buffered output that cannot be written is dropped.
static int ReportOutputFailure(OutputWriteException failure)
{
    try
    {
        using var stderr = new StreamWriter(Console.OpenStandardError(), new System.Text.UTF8Encoding(false));
        stderr.WriteLine($"govlint: {failure.Message}");
    }
    catch (IOException)
    {
    }
    try
    {
        Console.SetOut(TextWriter.Null);
    }
    catch (IOException)
    {
    }
    return ExitCodes.UsageError;
}

static int Run(string[] args)
{
    // The default pack's YAML files are built from events recorded at build time (read only when a YAML file is loaded).
    YamlEventTable.UseKnown(DefaultRules.YamlEvents);
    try
    {
        using var services = new ServiceCollection()
            .AddGovlintReport()
            .AddPlainTextFormat()
            .AddMarkdownFormat()
            .AddDocxFormat()
            .AddHtmlFormat()
            .AddPdfFormat()
            .AddGovlintDsl()
            .AddGovlintLinter()
            .BuildServiceProvider();
        var root = new RootCommand("govlint：政府信息公开工作年度报告合规检查工具")
        {
            LintCommand.Create(services),
            FixCommand.Create(services),
            ReviewCommand.Create(services),
            SummaryCommand.Create(services),
            ExplainCommand.Create(services),
            ParseCommand.Create(services),
            RulesCommand.Create(services),
            ServeCommand.Create(services),
            GovInfo.Cli.Init.InitCommand.Create(),
        };
        bool dropped = DroppedFiles.Matches(args, root.Subcommands.Select(c => c.Name));
        var parsed = root.Parse(dropped ? DroppedFiles.AsCommand(args, OperatingSystem.IsWindows()) : args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) Console.Error.WriteLine($"govlint: {error.Message}");
            Console.Error.WriteLine("用法见 govlint --help。");
            return ExitCodes.UsageError;
        }
        // Our own handlers below print clean messages; System.CommandLine's would print a stack trace.
        int code = parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        if (dropped) DroppedFiles.KeepWindowOpen();
        return code;
    }
    catch (Exception e) when (OutputFailure(e) is not null)
    {
        throw;
    }
    catch (RuleSetException e)
    {
        foreach (var error in e.Errors) Console.Error.WriteLine(error.Render());
        Console.Error.WriteLine($"govlint: 规则文件有 {e.Errors.Count} 个错误，未检查任何报告。");
        return ExitCodes.UsageError;
    }
    catch (BaselineException e)
    {
        Console.Error.WriteLine($"govlint: {e.Message}");
        return ExitCodes.UsageError;
    }
    catch (YamlFileException e)
    {
        foreach (var error in e.Errors) Console.Error.WriteLine(error.Render());
        return ExitCodes.UsageError;
    }
    catch (FileNotFoundException e)
    {
        Console.Error.WriteLine($"govlint: {e.Message}");
        return ExitCodes.UsageError;
    }
    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
    {
        Console.Error.WriteLine($"govlint: 无法读写文件：{e.Message}");
        return ExitCodes.UsageError;
    }
    catch (Exception e)
    {
        // Last resort: a bug of ours. Say so plainly, without a stack trace.
        Console.Error.WriteLine($"govlint: 内部错误（{e.GetType().Name}：{e.Message}）。请将此信息和输入文件报告给 govlint 维护者。");
        return ExitCodes.UsageError;
    }
}
