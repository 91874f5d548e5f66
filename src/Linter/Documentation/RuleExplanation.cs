using GovInfo.Dsl.Rules;
using GovInfo.Report.Files;

namespace GovInfo.Linter.Documentation;

/// <summary>The text <c>govlint explain</c> prints for a rule (title, severity, description, source, examples), for the terminal and the web page alike.</summary>
public static class RuleExplanation
{
    /// <summary>The explanation, one line per line, each ended by a newline; the rule source path is shown relative to <paramref name="baseDirectory"/>.</summary>
    public static string Of(CompiledRule rule, string baseDirectory)
    {
        var d = rule.Descriptor;
        var text = new StringWriter { NewLine = "\n" };
        text.WriteLine($"{d.Id}：{d.Title}");
        text.WriteLine($"级别：{d.Severity.ToString().ToLowerInvariant()}    类别：{d.Category}    作用范围：{d.Scope.ToString().ToLowerInvariant()}");
        text.WriteLine();
        text.WriteLine(d.Description.Trim());
        if (d.HelpUri is not null) text.WriteLine($"\n参考：{d.HelpUri}");
        text.WriteLine($"\n规则源：{DisplayPath.Relative(d.SourcePath, baseDirectory)}({d.SourceLine})");
        text.WriteLine(string.Join("\n", RuleSourceText.Of(d).Split('\n').Select(l => "    " + l)));
        foreach (var example in rule.Examples.Invalid) text.WriteLine($"\n不符合的示例：{example.Describe()}");
        foreach (var example in rule.Examples.Valid) text.WriteLine($"符合的示例：{example.Describe()}");
        return text.ToString();
    }
}
