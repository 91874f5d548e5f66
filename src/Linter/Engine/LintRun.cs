using GovInfo.Dsl.Rules;
using GovInfo.Linter.Configuration;
using GovInfo.Report.Text;

namespace GovInfo.Linter.Engine;

/// <summary>What linting one file produced: its diagnostics (suppressed and baselined ones removed), or why it could not be read.</summary>
public sealed record FileResult(string Path, SourceText? Source, IReadOnlyList<Diagnostic> Diagnostics, string? Error, FailOn FailOn)
{
    public bool Fails => Diagnostics.Any(d => FailOn != FailOn.None && (int)d.Severity >= (int)FailOn);
}

/// <summary>The result of one <c>govlint lint</c> run: every file in input order, and the rules that ran.</summary>
public sealed record LintRun(IReadOnlyList<FileResult> Files, IReadOnlyList<RuleDescriptor> Rules)
{
    public IEnumerable<Diagnostic> Diagnostics => Files.SelectMany(f => f.Diagnostics);
    public int Count(Severity severity) => Diagnostics.Count(d => d.Severity == severity);
    public bool HasUnreadableFiles => Files.Any(f => f.Error is not null);
    public bool Fails => Files.Any(f => f.Fails);
}

/// <summary>What to lint and how: paths, an explicit config, extra rules, a baseline, a failure threshold.</summary>
public sealed record LintOptions(
    IReadOnlyList<string> Paths,
    string? ConfigPath = null,
    IReadOnlyList<string>? ExtraRulePaths = null,
    string? BaselinePath = null,
    FailOn? FailOn = null);
