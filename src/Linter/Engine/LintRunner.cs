using System.Collections.Concurrent;
using GovInfo.Dsl.Rules;
using GovInfo.Linter.Baselines;
using GovInfo.Linter.Configuration;
using GovInfo.Linter.Suppression;
using GovInfo.Report;
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
public sealed class LintRunner(ReportLoader loader, RuleLoader rules, IEnumerable<IReportReader> readers)
{
    private readonly ConcurrentDictionary<string, LintEngine> _engines = new(StringComparer.Ordinal);
    private readonly ConfigLoader _configs = new();

    public LintRun Run(LintOptions options)
    {
        var files = InputFiles.Expand(options.Paths, readers, out var pathErrors);
        var explicitConfig = options.ConfigPath is null ? null : ConfigLoader.Load(options.ConfigPath);
        var baseline = options.BaselinePath is null ? null : Baseline.Load(options.BaselinePath);

        // Configs and rule sets first, sequentially, so that their errors stop the run before any linting.
        var configs = files.Select(f => explicitConfig ?? _configs.Discover(f)).ToArray();
        foreach (var config in configs.Distinct()) EngineFor(config, options);

        var results = new FileResult[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => results[i] = LintFile(files[i], configs[i], options, baseline));

        var all = pathErrors.Select(e => new FileResult(e.Path, null, [], e.Message, FailOn.Error)).Concat(results).ToList();
        var ruleDescriptors = configs.Distinct().SelectMany(c => EngineFor(c, options).Rules.Rules.Select(r => r.Descriptor))
            .Append(EngineRules.UnusedSuppression).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        return new LintRun(all, ruleDescriptors);
    }

    /// <summary>Lints one file with its configuration (also used by <c>fix</c> between passes).</summary>
    public FileResult LintFile(string file, LintConfig config, LintOptions options, Baseline? baseline = null)
    {
        var loaded = loader.Load(file);
        return loaded.Report is null
            ? new FileResult(file, null, [], loaded.Error, FailOnFor(config, options))
            : LintReport(loaded.Report, config, options, baseline);
    }

    /// <summary>Lints text already in memory (the fixer's passes), read and bound as a file would be.</summary>
    public FileResult LintSource(Report.Text.SourceText source, LintConfig config, LintOptions options)
        => LintReport(loader.Load(source), config, options, null);

    private static FailOn FailOnFor(LintConfig config, LintOptions options) => options.FailOn ?? config.FailOn ?? FailOn.Error;

    private FileResult LintReport(Report.Binding.Report report, LintConfig config, LintOptions options, Baseline? baseline)
    {
        var source = report.Document.Source;
        string file = source.Path;
        var engine = EngineFor(config, options);
        var diagnostics = engine.Lint(report, rule => config.SeverityFor(rule, file));
        var suppressions = new SuppressionMap(source);
        var kept = diagnostics.Where(d => !suppressions.Suppresses(d)).ToList();
        if (config.SeverityFor(EngineRules.UnusedSuppression, file) is { } unusedSeverity)
            kept.AddRange(suppressions.Unused().Select(d => d with { Severity = unusedSeverity }));
        if (baseline is not null) kept = kept.Where(d => !baseline.Forgives(d)).ToList();
        kept = kept.Where(d => d.Severity != Severity.Hidden).OrderBy(d => d.Span.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
        return new FileResult(file, source, kept, null, FailOnFor(config, options));
    }

    public LintConfig ConfigFor(string file, LintOptions options)
        => options.ConfigPath is null ? _configs.Discover(file) : ConfigLoader.Load(options.ConfigPath);

    private LintEngine EngineFor(LintConfig config, LintOptions options)
    {
        var paths = new[] { DefaultRules.Folder() }.Concat(config.RulePaths).Concat(options.ExtraRulePaths ?? []).ToList();
        return _engines.GetOrAdd(string.Join("\n", paths), _ =>
        {
            var set = rules.Load(paths);
            if (set.HasErrors) throw new RuleSetException(set.Errors);
            return new LintEngine(set);
        });
    }
}
