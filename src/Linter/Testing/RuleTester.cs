using System.Text;
using GovInfo.Dsl.Rules;
using GovInfo.Dsl.Runtime;
using GovInfo.Linter.Diagnostics;
using GovInfo.Linter.Engine;
using GovInfo.Report;
using GovInfo.Report.Files;
using GovInfo.Report.Text;

namespace GovInfo.Linter.Testing;

/// <summary>One failed expectation of a rule test, located in the rule file or the annotated report.</summary>
public sealed record RuleTestFailure(string Path, int Line, string RuleId, string Message)
{
    public override string ToString() => $"{DisplayPath.Of(Path)}({Line}): {RuleId}: {Message}";
}

/// <summary>
/// Runs each rule's own examples: an invalid example must trigger the rule (at every <c>[|…|]</c> it marks),
/// a valid one must not. Examples are snippets, or a sample report with one replacement applied.
/// </summary>
public sealed class RuleTester(ReportLoader loader)
{
    public const string MarkStart = "[|", MarkEnd = "|]";

    public List<RuleTestFailure> Test(CompiledRule rule)
    {
        var failures = new List<RuleTestFailure>();
        var d = rule.Descriptor;
        if (rule.Examples.Invalid.Count == 0) failures.Add(new(d.SourcePath, d.SourceLine, d.Id, "没有 invalid 示例。"));
        if (rule.Examples.Valid.Count == 0) failures.Add(new(d.SourcePath, d.SourceLine, d.Id, "没有 valid 示例。"));
        foreach (var example in rule.Examples.Invalid) Check(rule, example, invalid: true, failures);
        foreach (var example in rule.Examples.Valid) Check(rule, example, invalid: false, failures);
        return failures;
    }

    private void Check(CompiledRule rule, RuleExample example, bool invalid, List<RuleTestFailure> failures)
    {
        var d = rule.Descriptor;
        void Fail(string message) => failures.Add(new(d.SourcePath, example.Line, d.Id, message));

        string? text = Build(d.SourcePath, example, out string? problem);
        if (text is null)
        {
            Fail(problem!);
            return;
        }
        var (clean, marks) = ExtractMarks(text);
        string extension = example.Base is { } b ? Path.GetExtension(b) : ".txt";
        var report = loader.Load(new SourceText(clean, "example" + extension));
        List<RuleFinding> findings;
        try
        {
            // The budget lint gives a rule on a file: an example that would run past it fails as lint would report it (GI0002).
            findings = rule.Evaluate(new ReportView(report), LintEngine.StepBudget);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Fail($"{EngineRules.RuleFailure.Id}：{LintEngine.FailureMessage(d, e)}");
            return;
        }
        if (!invalid)
        {
            if (findings.Count > 0) Fail($"valid 示例不应触发，却报告了：{findings[0].Message}");
            return;
        }
        if (findings.Count == 0) Fail($"invalid 示例没有触发：{Shorten(example.Describe())}");
        foreach (var mark in marks)
            if (!findings.Any(f => f.Primary == mark))
                Fail($"invalid 示例应在标记处“{clean.Substring(mark.Start, mark.Length)}”报告，实际在：{string.Join("、", findings.Select(f => $"“{Shorten(clean.Substring(f.Primary.Start, f.Primary.Length))}”"))}");
    }

    private static string? Build(string rulePath, RuleExample example, out string? problem)
    {
        problem = null;
        if (example.Snippet is { } snippet) return snippet;
        string path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(rulePath)!, example.Base!));
        if (!RegularFile.Exists(path))
        {
            problem = $"示例的 base 文件不存在：{example.Base}（找过 {DisplayPath.Of(path)}）";
            return null;
        }
        string text = RegularFile.ReadAllText(path);
        if (example.Replace is null) return text;
        if (!text.Contains(example.Replace, StringComparison.Ordinal))
        {
            problem = $"base 文件中找不到 replace 的文字“{Shorten(example.Replace)}”。";
            return null;
        }
        return text.Replace(example.Replace, example.With);
    }

    /// <summary>Removes <c>[|…|]</c> markers, returning the clean text and the marked spans in it.</summary>
    public static (string Text, List<TextSpan> Marks) ExtractMarks(string text)
    {
        var sb = new StringBuilder(text.Length);
        var marks = new List<TextSpan>();
        int open = -1;
        for (int i = 0; i < text.Length; i++)
        {
            if (string.CompareOrdinal(text, i, MarkStart, 0, 2) == 0) { open = sb.Length; i++; continue; }
            if (open >= 0 && string.CompareOrdinal(text, i, MarkEnd, 0, 2) == 0) { marks.Add(TextSpan.FromBounds(open, sb.Length)); open = -1; i++; continue; }
            sb.Append(text[i]);
        }
        return (sb.ToString(), marks);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
