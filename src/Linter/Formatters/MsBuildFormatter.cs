using GovInfo.Linter.Engine;

namespace GovInfo.Linter.Formatters;

/// <summary>MSBuild's canonical error format, one line each: <c>file(line,col,endLine,endCol): error GI3001: message</c>.</summary>
public sealed class MsBuildFormatter : IDiagnosticFormatter
{
    public string Name => "msbuild";

    public IFormatterSession Start(TextWriter output, FormatterOptions options, IReadOnlyList<Dsl.Rules.RuleDescriptor> rules) => new Session(output);

    private sealed class Session(TextWriter output) : IFormatterSession
    {
        public void Write(FileResult file)
        {
            if (file.Error is not null) output.WriteLine($"{SeverityNames.DisplayPath(file.Path)}: error GI0000: {file.Error}");
            foreach (var d in file.Diagnostics)
            {
                var (s, e) = (d.Start, d.End);
                output.WriteLine($"{SeverityNames.DisplayPath(d.Path)}({s.Line},{s.Column},{e.Line},{e.Column}): {SeverityNames.Lower(d.Severity)} {d.Id}: {d.Message}");
            }
        }

        public void Finish(LintSummary summary) { }
    }
}
