using GovInfo.Dsl.Rules;
using GovInfo.Linter.Engine;

namespace GovInfo.Linter.Formatters;

/// <summary>GitHub Actions workflow commands, which annotate the lines of a pull request: <c>::error file=…,line=…::message</c>.</summary>
public sealed class GitHubFormatter : IDiagnosticFormatter
{
    public string Name => "github";

    public IFormatterSession Start(TextWriter output, FormatterOptions options, IReadOnlyList<RuleDescriptor> rules) => new Session(output);

    private sealed class Session(TextWriter output) : IFormatterSession
    {
        public void Finish(LintSummary summary) { }

        public void Write(FileResult file)
        {
            if (file.Error is not null) output.WriteLine($"::error file={Property(SeverityNames.DisplayPath(file.Path))}::{Data(file.Error)}");
            foreach (var d in file.Diagnostics)
            {
                string command = d.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
                var (s, e) = (d.Start, d.End);
                output.WriteLine($"::{command} file={Property(SeverityNames.DisplayPath(d.Path))},line={s.Line},col={s.Column},endLine={e.Line},endColumn={e.Column},title={Property($"{d.Id} {d.Rule.Title}")}::{Data(d.Message)}");
            }
        }
    }

    // Escaping as the Actions toolkit does (toolkit/packages/core/src/command.ts).
    private static string Data(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string s) => Data(s).Replace(":", "%3A").Replace(",", "%2C");
}
