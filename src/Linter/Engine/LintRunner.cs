using System.Collections.Concurrent;
using GovInfo.Dsl.Rules;
using GovInfo.Linter.Baselines;
using GovInfo.Linter.Configuration;
using GovInfo.Linter.Diagnostics;
using GovInfo.Linter.Suppression;
using GovInfo.Report;
using GovInfo.Report.Files;
using GovInfo.Report.Reading;
using GovInfo.Report.Yaml;

namespace GovInfo.Linter.Engine;

/// <summary>Thrown when the rule files of a run have errors: nothing is linted with a broken rule set.</summary>
public sealed class RuleSetException(IReadOnlyList<YamlError> errors) : Exception($"{errors.Count} 个规则文件错误")
{
    public IReadOnlyList<YamlError> Errors { get; } = errors;
}

/// <summary>
/// Lints files end to end: finds each file's configuration, compiles its rule set once per distinct
/// set of rule paths, lints files in parallel, removes suppressed and baselined findings, and returns
/// the results in input order.
/// </summary>
public sealed class LintRunner(ReportLoader loader, RuleLoader rules, DocumentReader opener)
{
    private readonly ConcurrentDictionary<string, LintEngine> _engines = new(StringComparer.Ordinal);
    private readonly ConfigLoader _configs = new();

    /// <summary>How many files may be linted ahead of the one being written, per core: bounds memory on large runs.</summary>
    public const int WindowPerCore = 8;

    /// <summary>Lints everything and keeps every result (tests, small runs).</summary>
    public LintRun Run(LintOptions options)
    {
        var files = new List<FileResult>();
        IReadOnlyList<RuleDescriptor> rules = [];
        var summary = Stream(options, r => rules = r, files.Add);
        return new LintRun(files, rules, summary);
    }

    /// <summary>
    /// Lints in parallel and hands each result to <paramref name="onFile"/> in input order as soon as it and
    /// all before it are done; at most <see cref="WindowPerCore"/> × cores results wait, so memory stays flat
    /// however many files there are. <paramref name="onStart"/> receives the rules that will run.
    /// </summary>
    public LintSummary Stream(LintOptions options, Action<IReadOnlyList<RuleDescriptor>> onStart, Action<FileResult> onFile, IProgress<(int Done, int Total)>? progress = null)
    {
        var files = InputFiles.Expand(options.Paths, opener, out var pathErrors, out var skipped);
        var explicitConfig = options.ConfigPath is null ? null : _configs.LoadOnce(options.ConfigPath);
        var baseline = options.BaselinePath is null ? null : Baseline.Load(options.BaselinePath);

        // Configs and rule sets first, sequentially, so that their errors stop the run before any linting.
        var configs = files.Select(f => explicitConfig ?? _configs.Discover(f)).ToArray();
        foreach (var config in configs.Distinct()) EngineFor(config, options);
        CheckRuleIds(configs.Distinct().Append(explicitConfig).OfType<LintConfig>().Distinct(), options);
        onStart(configs.Distinct().SelectMany(c => EngineFor(c, options).Rules.Rules.Select(r => r.Descriptor))
            .Concat(EngineRules.All).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList());

        var summary = new LintSummary();
        summary.Skipped.AddRange(skipped);
        foreach (var (path, message) in pathErrors)
        {
            var unreadable = new FileResult(path, null, [], message, FailOn.Error);
            summary.Add(unreadable);
            onFile(unreadable);
        }

        int window = WindowPerCore * Environment.ProcessorCount;
        var slots = new FileResult?[files.Count];
        int started = -1, delivered = 0;
        bool delivering = false; // a worker is handing results to onFile (one at a time, in input order)
        var gate = new object();
        Exception? failure = null; // onFile threw (the output cannot be written): stop every worker, rethrow it

        // Hands on every result that is next in input order, outside the lock, so that the other workers go on
        // linting while one writes; a worker that finds another delivering leaves the results to it.
        void Deliver()
        {
            while (true)
            {
                FileResult ready;
                lock (gate)
                {
                    if (delivering || failure is not null || delivered >= files.Count || slots[delivered] is not { } next) return;
                    delivering = true;
                    slots[delivered] = null;
                    ready = next;
                }
                try
                {
                    summary.Add(ready);
                    onFile(ready);
                    // Still the one delivering: counts are reported in order.
                    progress?.Report((Volatile.Read(ref delivered) + 1, files.Count));
                }
                finally
                {
                    lock (gate)
                    {
                        delivered++;
                        delivering = false;
                        Monitor.PulseAll(gate);
                    }
                }
            }
        }

        void Worker()
        {
            try
            {
                int i;
                while (Volatile.Read(ref failure) is null && (i = Interlocked.Increment(ref started)) < files.Count)
                {
                    lock (gate)
                        while (i - delivered >= window && failure is null) Monitor.Wait(gate);
                    if (Volatile.Read(ref failure) is not null) return;
                    var result = LintFileSafely(files[i], configs[i], options, baseline);
                    // Files start in order, so the next one to deliver is always running or done: no deadlock.
                    lock (gate) slots[i] = result;
                    Deliver();
                }
            }
            catch (Exception e)
            {
                lock (gate)
                {
                    failure ??= e;
                    Monitor.PulseAll(gate);
                }
            }
        }
        var workers = Enumerable.Range(0, Math.Max(1, Math.Min(Environment.ProcessorCount, files.Count))).Select(_ => Task.Run(Worker)).ToArray();
        Task.WaitAll(workers);
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        return summary;
    }

    /// <summary>A bug while linting one file is reported for that file; the other files are still linted.</summary>
    private FileResult LintFileSafely(string file, LintConfig config, LintOptions options, Baseline? baseline)
    {
        try
        {
            return LintFile(file, config, options, baseline);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new FileResult(file, null, [], $"内部错误（{e.GetType().Name}：{e.Message}），请将此文件报告给 govlint 维护者。", FailOnFor(config, options));
        }
    }

    /// <summary>Lints one file with its configuration (also used by <c>fix</c> between passes).</summary>
    public FileResult LintFile(string file, LintConfig config, LintOptions options, Baseline? baseline = null)
    {
        var loaded = loader.Load(file);
        return loaded.Report is null
            ? new FileResult(file, null, [], loaded.Error, FailOnFor(config, options))
            : LintReport(loaded.Report, config, options, baseline) with { Issuer = loaded.Report.Title?.Issuer, Year = loaded.Report.Title?.Year };
    }

    /// <summary>Lints a document already read (the fixer's passes), bound as a file's would be.</summary>
    public FileResult LintDocument(Report.Documents.Document document, LintConfig config, LintOptions options)
        => LintBound(loader.Bind(document), config, options);

    /// <summary>Lints a report already bound (by <see cref="ReportLoader"/>), for a caller that shows the binding too.</summary>
    public FileResult LintBound(Report.Binding.Report report, LintConfig config, LintOptions options)
        => LintReport(report, config, options, null);

    private static FailOn FailOnFor(LintConfig config, LintOptions options) => options.FailOn ?? config.FailOn ?? FailOn.Error;

    private FileResult LintReport(Report.Binding.Report report, LintConfig config, LintOptions options, Baseline? baseline)
    {
        var source = report.Document.Source;
        string file = source.Path;
        var engine = EngineFor(config, options);
        var diagnostics = engine.Lint(report, rule => config.SeverityFor(rule, file), out var notAssessed);
        var suppressions = new SuppressionMap(source, report.Document.Directives);
        var kept = diagnostics.Where(d => !suppressions.Suppresses(d)).ToList();
        if (config.SeverityFor(EngineRules.UnusedSuppression, file) is { } unusedSeverity)
            kept.AddRange(suppressions.Unused().Select(d => d with { Severity = unusedSeverity }));
        if (baseline is not null) kept = kept.Where(d => !baseline.Forgives(d)).ToList();
        kept = kept.Where(d => d.Severity != Severity.Hidden).OrderBy(d => d.Span.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
        return new FileResult(file, source, kept, null, FailOnFor(config, options)) { Directives = report.Document.Directives, NotAssessed = notAssessed };
    }

    public LintConfig ConfigFor(string file, LintOptions options)
        => options.ConfigPath is null ? _configs.Discover(file) : _configs.LoadOnce(options.ConfigPath);

    /// <summary>A config naming a rule ID that none of its rules has stops the run, like a rule-file error.</summary>
    private void CheckRuleIds(IEnumerable<LintConfig> configs, LintOptions options)
    {
        var errors = configs.SelectMany(config => ConfigLoader.UnknownRuleIds(config,
            EngineFor(config, options).Rules.Rules.Select(r => r.Descriptor).Concat(EngineRules.All).Select(r => r.Id).ToHashSet(StringComparer.Ordinal))).ToList();
        if (errors.Count > 0) throw new YamlFileException(errors);
    }

    /// <summary>The rule files and folders a lint run reads for a config and options: the default pack, the config's <c>rules:</c>, then <c>--rules</c>.</summary>
    public static IReadOnlyList<string> RulePathsFor(LintConfig config, LintOptions options)
        => new[] { DefaultRules.Folder() }.Concat(config.RulePaths).Concat(options.ExtraRulePaths ?? []).ToList();

    /// <summary>The config a report in <paramref name="directory"/> would get (<c>--config</c>, else the nearest govlint.yaml).</summary>
    public LintConfig ConfigForDirectory(string directory, LintOptions options)
        => options.ConfigPath is null ? _configs.DiscoverIn(directory) : _configs.LoadOnce(options.ConfigPath);

    /// <summary>The rules a lint with this config and these options runs (compiled once, shared with the lint itself).</summary>
    public RuleSet RulesFor(LintConfig config, LintOptions options) => EngineFor(config, options).Rules;

    private LintEngine EngineFor(LintConfig config, LintOptions options)
    {
        var paths = RulePathsFor(config, options);
        return _engines.GetOrAdd(string.Join("\n", paths), _ =>
        {
            var set = rules.Load(paths);
            if (set.HasErrors) throw new RuleSetException(set.Errors);
            return new LintEngine(set);
        });
    }
}
