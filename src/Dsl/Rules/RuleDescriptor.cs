namespace GovInfo.Dsl.Rules;

/// <summary>How serious a finding is; ordered, so a threshold compares.</summary>
public enum Severity { Hidden, Info, Warning, Error }

/// <summary>What a rule runs on: the engine hands it each node of this kind.</summary>
public enum ScopeKind
{
    Document, Section, Paragraph, Sentence, Table, Row, Cell,
    /// <summary>Every stretch of the report's own words: the title, headings, paragraphs, list items and the text cells of every table (labels).</summary>
    Passage,
}

/// <summary>Whether a rule asserts a condition, forbids a pattern, or requires one.</summary>
public enum RuleKind { Assert, Forbid, Require }

/// <summary>A rule's metadata, as Roslyn's DiagnosticDescriptor: everything about it but its logic.</summary>
public sealed record RuleDescriptor(
    string Id,
    string Title,
    Severity Severity,
    string Category,
    string Description,
    string? HelpUri,
    ScopeKind Scope,
    RuleKind Kind,
    string SourcePath,
    int SourceLine);

/// <summary>
/// One example of a rule: either a snippet of report text, or a sample report (<see cref="Base"/>, relative to
/// the rule file) with <see cref="Replace"/> changed to <see cref="With"/>. In an invalid example, <c>[|…|]</c>
/// marks where the rule must report.
/// </summary>
public sealed record RuleExample(string? Snippet, string? Base, string? Replace, string? With, int Line)
{
    public string Describe() => Snippet ?? $"{Base}：“{Replace}” → “{With}”";
}

/// <summary>The examples a rule carries to test it: ones that must trigger it and ones that must not.</summary>
public sealed record RuleExamples(IReadOnlyList<RuleExample> Invalid, IReadOnlyList<RuleExample> Valid);
