using System.Diagnostics.CodeAnalysis;
using GovInfo.Dsl.Rules;
using GovInfo.Linter.Configuration;
using GovInfo.Linter.Engine;
using GovInfo.Report;
using GovInfo.Report.Documents;
using GovInfo.Report.Reading;

namespace GovInfo.Serve;

/// <summary>An uploaded file read and linted as <c>govlint lint</c> would with the default rules and no config: held in memory only.</summary>
public sealed record UploadedReport(byte[] Bytes, Document Document, Report.Binding.Report Bound, FileResult Result)
{
    /// <summary>Reads, binds (once, for the rules and the page) and lints the bytes; <paramref name="error"/> is the CLI's message when the file cannot be read.</summary>
    public static bool TryLint(LintRunner runner, DocumentReader reader, ReportLoader loader, byte[] bytes, string? uploadedName,
        [NotNullWhen(true)] out UploadedReport? report, [NotNullWhen(false)] out string? error)
    {
        report = null;
        if (!reader.TryRead(bytes, UploadName.ForReader(uploadedName, reader.Extensions), out var document, out error)) return false;
        var bound = loader.Bind(document);
        report = new UploadedReport(bytes, document, bound, runner.LintBound(bound, NoConfig, NoPaths));
        return true;
    }

    /// <summary>The rules an upload is linted with (for the page's explanations): the same compiled set.</summary>
    public static RuleSet Rules(LintRunner runner) => runner.RulesFor(NoConfig, NoPaths);

    // An upload has no folder, so no govlint.yaml is looked for: the default rules at their default severities.
    private static readonly LintConfig NoConfig = LintConfig.Empty(Path.GetTempPath());
    private static readonly LintOptions NoPaths = new([]);
}
