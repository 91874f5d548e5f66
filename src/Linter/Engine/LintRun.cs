using GovInfo.Dsl.Rules;
using GovInfo.Linter.Configuration;
using GovInfo.Linter.Diagnostics;
using GovInfo.Report.Text;

namespace GovInfo.Linter.Engine;

/// <summary>What linting one file produced: its diagnostics (suppressed and baselined ones removed), or why it could not be read.</summary>
public sealed record FileResult(string Path, SourceText? Source, IReadOnlyList<Diagnostic> Diagnostics, string? Error, FailOn FailOn)
{
    /// <summary>The issuer and year from the report's title, when it has them.</summary>
    public string? Issuer { get; init; }
    public int? Year { get; init; }

    /// <summary>The directive comments the report holds (suppressions, test expectations).</summary>
    public IReadOnlyList<Report.Documents.Directive> Directives { get; init; } = [];

    /// <summary>The rules that could not be evaluated on this report (无法检查), each with why: neither passed nor failed.</summary>
    public IReadOnlyList<NotAssessed> NotAssessed { get; init; } = [];

    public bool Fails => Diagnostics.Any(d => FailOn != FailOn.None && (int)d.Severity >= (int)FailOn);

    /// <summary>The report's result as the summary and JSON give it: unreadable, fail, incomplete (no failing finding, but some rules could not be checked) or pass.</summary>
    public string Verdict => Error is not null ? "unreadable" : Fails ? "fail" : NotAssessed.Count > 0 ? "incomplete" : "pass";
}

/// <summary>Running totals of a lint run, kept while results stream past: nothing per file but the unreadable ones and the rules that could not be checked.</summary>
public sealed class LintSummary
{
    private readonly Dictionary<Severity, int> _bySeverity = [];
    private readonly Dictionary<string, int> _byRule = new(StringComparer.Ordinal);

    public int Files { get; private set; }
    public List<(string Path, string Error)> Unreadable { get; } = [];

    /// <summary>Files the folder walks passed over because no format reads their kind (跳过的文件), sorted.</summary>
    public List<string> Skipped { get; } = [];

    /// <summary>Per file, the rules that could not be evaluated on it (无法检查).</summary>
    public List<(string Path, NotAssessed Rule)> NotAssessed { get; } = [];
    public bool Fails { get; private set; }
    public bool HasUnreadableFiles => Unreadable.Count > 0;

    public int Count(Severity severity) => _bySeverity.GetValueOrDefault(severity);
    public IEnumerable<(string Id, int Count)> TopRules(int n)
        => _byRule.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).Take(n).Select(r => (r.Key, r.Value));

    public void Add(FileResult file)
    {
        Files++;
        if (file.Error is not null) Unreadable.Add((file.Path, file.Error));
        foreach (var rule in file.NotAssessed) NotAssessed.Add((file.Path, rule));
        Fails |= file.Fails;
        foreach (var d in file.Diagnostics)
        {
            _bySeverity[d.Severity] = _bySeverity.GetValueOrDefault(d.Severity) + 1;
            _byRule[d.Id] = _byRule.GetValueOrDefault(d.Id) + 1;
        }
    }
}

/// <summary>The result of a lint run kept whole in memory (for tests and small runs): every file in input order, and the rules that ran.</summary>
public sealed record LintRun(IReadOnlyList<FileResult> Files, IReadOnlyList<RuleDescriptor> Rules, LintSummary Summary)
{
    public IEnumerable<Diagnostic> Diagnostics => Files.SelectMany(f => f.Diagnostics);
    public int Count(Severity severity) => Summary.Count(severity);
    public bool HasUnreadableFiles => Summary.HasUnreadableFiles;
    public bool Fails => Summary.Fails;
}

/// <summary>What to lint and how: paths, an explicit config, extra rules, a baseline, a failure threshold.</summary>
public sealed record LintOptions(
    IReadOnlyList<string> Paths,
    string? ConfigPath = null,
    IReadOnlyList<string>? ExtraRulePaths = null,
    string? BaselinePath = null,
    FailOn? FailOn = null);
