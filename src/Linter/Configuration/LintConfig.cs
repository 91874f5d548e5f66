using GovInfo.Dsl.Rules;
using Microsoft.Extensions.FileSystemGlobbing;

namespace GovInfo.Linter.Configuration;

/// <summary>Settings for files matching some globs (relative to the config file), applied after the top-level ones.</summary>
public sealed record GlobOverride(IReadOnlyList<string> Files, IReadOnlySet<string> Disabled, IReadOnlyDictionary<string, Severity?> Severities, Severity? MaxSeverity)
{
    private readonly Matcher _matcher = CreateMatcher(Files);

    public bool Applies(string baseDirectory, string file)
    {
        string relative = Path.GetRelativePath(baseDirectory, Path.GetFullPath(file)).Replace('\\', '/');
        return !relative.StartsWith("../", StringComparison.Ordinal) && _matcher.Match(relative).HasMatches;
    }

    private static Matcher CreateMatcher(IEnumerable<string> globs)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        foreach (var glob in globs) matcher.AddInclude(glob);
        return matcher;
    }
}

/// <summary>A project's govlint.yaml: extra rules, rules switched off, severities, the failure threshold, per-glob overrides.</summary>
public sealed record LintConfig(
    string? Path,
    string BaseDirectory,
    IReadOnlyList<string> RulePaths,
    IReadOnlySet<string> Disabled,
    IReadOnlyDictionary<string, Severity?> Severities,
    Severity? MaxSeverity,
    FailOn? FailOn,
    IReadOnlyList<GlobOverride> Overrides)
{
    /// <summary>Every rule ID the file names (disable, severity, in overrides too), where it names it: checked against the run's rules.</summary>
    public IReadOnlyList<RuleReference> RuleReferences { get; init; } = [];

    public static LintConfig Empty(string baseDirectory) => new(null, baseDirectory, [], new HashSet<string>(), new Dictionary<string, Severity?>(), null, null, []);

    /// <summary>The severity a rule has for a file, or null when it is switched off there: top-level settings, then each matching override in order.</summary>
    public Severity? SeverityFor(RuleDescriptor rule, string file)
    {
        Severity? severity = Step(rule.Id, rule.Severity, Disabled, Severities, MaxSeverity);
        foreach (var o in Overrides)
            if (o.Applies(BaseDirectory, file))
                severity = Step(rule.Id, severity, o.Disabled, o.Severities, o.MaxSeverity);
        return severity;
    }

    private static Severity? Step(string id, Severity? current, IReadOnlySet<string> disabled, IReadOnlyDictionary<string, Severity?> severities, Severity? max)
    {
        if (disabled.Contains(id)) return null;
        var result = severities.TryGetValue(id, out var configured) ? configured : current;
        return result is { } r && max is { } m && r > m ? m : result;
    }
}

/// <summary>A rule ID named in a config file, at its 1-based line and column, with the line quoted for an error.</summary>
public sealed record RuleReference(string Id, int Line, int Column, string? Excerpt);

/// <summary>The lowest severity that makes <c>govlint lint</c> exit 1; <see cref="None"/> never fails.</summary>
public enum FailOn { Hidden, Info, Warning, Error, None }
