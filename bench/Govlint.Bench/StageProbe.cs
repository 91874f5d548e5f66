using System.Diagnostics;
using GovInfo.Dsl.Functions;
using GovInfo.Dsl.Rules;
using GovInfo.Linter.Engine;
using GovInfo.Report;
using GovInfo.Report.Binding;
using GovInfo.Report.Formats.Markdown;
using GovInfo.Report.Formats.Text;
using GovInfo.Report.Reading;
using GovInfo.Report.Template;
using GovInfo.Report.Text;

namespace GovInfo.Bench;

/// <summary>Times each stage over a folder of reports, single-threaded: decode, read, bind, lint.</summary>
public static class StageProbe
{
    public static void Run(string folder)
    {
        var template = TemplateLoader.LoadDefault();
        var readers = new DocumentReader([], [new PlainTextReader(), new MarkdownReader()]);
        var binder = new TemplateBinder(template);
        var rules = new RuleLoader(template, FunctionRegistry.Builtin).Load([DefaultRules.Folder()]);
        var engine = new LintEngine(rules);
        var files = Directory.GetFiles(folder).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)).Order().ToArray();
        var bytes = files.Select(File.ReadAllBytes).ToArray();
        for (int round = 0; round < 2; round++)
        {
            var (decode, read, bind, lint) = (new Stopwatch(), new Stopwatch(), new Stopwatch(), new Stopwatch());
            int findings = 0;
            for (int i = 0; i < files.Length; i++)
            {
                decode.Start(); SourceDecoder.TryDecode(bytes[i], files[i], out var source, out _); decode.Stop();
                read.Start(); var document = readers.Read(source!); read.Stop();
                bind.Start(); var report = binder.Bind(document); bind.Stop();
                lint.Start(); findings += engine.Lint(report, r => r.Severity).Count; lint.Stop();
            }
            if (round == 1)
            {
                var reports = files.Select((f, i) => { SourceDecoder.TryDecode(bytes[i], f, out var s, out _); return new GovInfo.Dsl.Runtime.ReportView(binder.Bind(readers.Read(s!))); }).Take(500).ToList();
                // Twice: the first pass also pays for the JIT and for per-report values made on first use.
                foreach (var rule in rules.Rules)
                    foreach (var view in reports) rule.Evaluate(view);
                foreach (var rule in rules.Rules)
                {
                    // CPU time of the process, not the wall clock: on a loaded machine the wall clock counts other work.
                    var cpu = Environment.CpuUsage.TotalTime;
                    long before = GC.GetAllocatedBytesForCurrentThread();
                    for (int r = 0; r < 4; r++)
                        foreach (var view in reports) rule.Evaluate(view);
                    double perReport = (Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / (4 * reports.Count);
                    Console.Write($"{rule.Descriptor.Id}:{perReport:0}µs/{(GC.GetAllocatedBytesForCurrentThread() - before) / (4 * reports.Count) / 1024}KB ");
                }
                // The engine on bound reports, each with a fresh view (as a run has it), against the rules one by one on warm views.
                var bound = files.Take(500).Select((f, i) => { SourceDecoder.TryDecode(bytes[i], f, out var s, out _); return binder.Bind(readers.Read(s!)); }).ToList();
                for (int r = 0; r < 2; r++)
                {
                    var cpuLint = Environment.CpuUsage.TotalTime;
                    foreach (var report in bound) engine.Lint(report, r => r.Severity);
                    Console.Write($"\nengine.Lint, fresh views: {(Environment.CpuUsage.TotalTime - cpuLint).TotalMicroseconds / bound.Count:0}µs per report");
                    var cpuViews = Environment.CpuUsage.TotalTime;
                    foreach (var report in bound) new GovInfo.Dsl.Runtime.ReportView(report);
                    Console.Write($"; new ReportView {(Environment.CpuUsage.TotalTime - cpuViews).TotalMicroseconds / bound.Count:0}µs");
                    var cpuRules = Environment.CpuUsage.TotalTime;
                    foreach (var report in bound)
                    {
                        var view = new GovInfo.Dsl.Runtime.ReportView(report);
                        foreach (var rule in rules.Rules) rule.Evaluate(view);
                    }
                    Console.Write($"; every rule on a fresh view {(Environment.CpuUsage.TotalTime - cpuRules).TotalMicroseconds / bound.Count:0}µs");
                }
                var v = Stopwatch.StartNew();
                foreach (var f in files.Take(500).Select((f, i) => (f, i))) { SourceDecoder.TryDecode(bytes[f.i], f.f, out var s, out _); new GovInfo.Dsl.Runtime.ReportView(binder.Bind(readers.Read(s!))); }
                Console.WriteLine($"\nview+load 500: {v.ElapsedMilliseconds}");
            }
            var runner = new LintRunner(new GovInfo.Report.ReportLoader(readers, binder), new RuleLoader(template, FunctionRegistry.Builtin), readers);
            var cfg = GovInfo.Linter.Configuration.LintConfig.Empty(folder);
            var opts = new LintOptions([folder]);
            var whole = Stopwatch.StartNew();
            foreach (var f in files) runner.LintFile(f, cfg, opts);
            Console.WriteLine($"LintFile x{files.Length} single-threaded: {whole.ElapsedMilliseconds} ms");
            Console.WriteLine($"{files.Length} files, {bytes.Sum(b => b.Length) / 1e6:F1} MB: decode {decode.ElapsedMilliseconds} ms, read {read.ElapsedMilliseconds} ms, bind {bind.ElapsedMilliseconds} ms, lint {lint.ElapsedMilliseconds} ms ({findings} findings)");
        }
    }
}
