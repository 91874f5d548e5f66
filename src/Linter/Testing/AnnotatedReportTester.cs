using GovInfo.Dsl.Rules;
using GovInfo.Linter.Configuration;
using GovInfo.Linter.Diagnostics;
using GovInfo.Linter.Engine;

namespace GovInfo.Linter.Testing;

/// <summary>
/// Semgrep-style test reports: a line <c>&lt;!-- expect: GI3001 --&gt;</c> (several ids may be listed) says
/// that the next non-blank line must have those findings. Every finding at info or above must be expected,
/// and every expectation met.
/// </summary>
public sealed class AnnotatedReportTester(LintRunner runner)
{
    public List<RuleTestFailure> Test(string file)
    {
        var result = runner.LintFile(file, LintConfig.Empty(Path.GetDirectoryName(Path.GetFullPath(file))!), new LintOptions([file]));
        if (result.Source is not { } source) return [new RuleTestFailure(file, 1, "", result.Error ?? "无法读取。")];

        var expected = new List<(string Id, int Line)>();
        foreach (var expectation in result.Directives.Where(d => d.Kind == Report.Documents.DirectiveKind.Expect))
        {
            int line = source.GetLinePosition(expectation.Span.Start).Line + 1;
            while (line < source.LineCount && string.IsNullOrWhiteSpace(source.GetLine(line))) line++;
            foreach (var id in expectation.Ids) expected.Add((id, line));
        }

        var failures = new List<RuleTestFailure>();
        foreach (var d in result.Diagnostics.Where(d => d.Severity >= Severity.Info && d.Id != EngineRules.UnusedSuppression.Id))
        {
            int i = expected.IndexOf((d.Id, d.SourceLine));
            if (i >= 0) expected.RemoveAt(i);
            else failures.Add(new RuleTestFailure(file, d.SourceLine, d.Id, $"未预期的问题：{d.Message}"));
        }
        failures.AddRange(expected.Select(e => new RuleTestFailure(file, e.Line, e.Id, "预期的问题没有出现。")));
        return failures.OrderBy(f => f.Line).ToList();
    }
}
