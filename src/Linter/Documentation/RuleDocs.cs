using System.Text;
using GovInfo.Dsl.Rules;
using GovInfo.Report.Files;

namespace GovInfo.Linter.Documentation;

/// <summary>Generates the rule reference: one Markdown page per rule and an index, deterministic so CI can check it is up to date.</summary>
public static class RuleDocs
{
    public static IReadOnlyDictionary<string, string> Generate(RuleSet rules)
    {
        var pages = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["index.md"] = Index(rules) };
        foreach (var rule in rules.Rules) pages[$"{rule.Descriptor.Id}.md"] = Page(rule);
        return pages;
    }

    /// <summary>Writes the pages into <paramref name="folder"/>, removing pages of rules that no longer exist.</summary>
    public static int Write(RuleSet rules, string folder)
    {
        Directory.CreateDirectory(folder);
        var pages = Generate(rules);
        foreach (var stale in Directory.GetFiles(folder, "*.md").Where(f => !pages.ContainsKey(Path.GetFileName(f)))) File.Delete(stale);
        foreach (var (name, text) in pages) AtomicFile.Write(Path.Combine(folder, name), new UTF8Encoding(false).GetBytes(text));
        return pages.Count;
    }

    public static string Severity(Severity s) => s.ToString().ToLowerInvariant();

    private static string Index(RuleSet rules)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# 规则一览");
        sb.AppendLine();
        sb.AppendLine("由 `govlint rules docs --out docs/rules` 生成，请勿手工编辑。");
        sb.AppendLine();
        sb.AppendLine("| 编号 | 级别 | 类别 | 标题 |");
        sb.AppendLine("|---|---|---|---|");
        foreach (var d in rules.Rules.Select(r => r.Descriptor))
            sb.AppendLine($"| [{d.Id}]({d.Id}.md) | {Severity(d.Severity)} | {d.Category} | {d.Title} |");
        return sb.ToString();
    }

    private static string Page(CompiledRule rule)
    {
        var d = rule.Descriptor;
        var sb = new StringBuilder();
        sb.AppendLine($"# {d.Id}：{d.Title}");
        sb.AppendLine();
        sb.AppendLine($"- 级别：{Severity(d.Severity)}");
        sb.AppendLine($"- 类别：{d.Category}");
        sb.AppendLine($"- 作用范围：{d.Scope.ToString().ToLowerInvariant()}");
        sb.AppendLine($"- 规则源：`rules/{Path.GetFileName(d.SourcePath)}`");
        if (d.HelpUri is not null) sb.AppendLine($"- 参考：<{d.HelpUri}>");
        sb.AppendLine();
        sb.AppendLine(d.Description.Trim());
        sb.AppendLine();
        sb.AppendLine("## 示例");
        sb.AppendLine();
        foreach (var e in rule.Examples.Invalid) sb.AppendLine($"- 不符合：{Inline(e.Describe())}");
        foreach (var e in rule.Examples.Valid) sb.AppendLine($"- 符合：{Inline(e.Describe())}");
        sb.AppendLine();
        sb.AppendLine("## 规则定义");
        sb.AppendLine();
        sb.AppendLine("```yaml");
        sb.AppendLine(RuleSourceText.Of(d));
        sb.AppendLine("```");
        return sb.ToString();
    }

    private static string Inline(string text) => "`" + text.Replace("\t", "⇥").Replace("\n", "⏎").Replace("`", "'") + "`";
}

/// <summary>The lines of a rule's own definition in its YAML file, from its <c>- id:</c> line to the next rule.</summary>
public static class RuleSourceText
{
    public static string Of(RuleDescriptor d)
    {
        var lines = RegularFile.ReadAllText(d.SourcePath).ReplaceLineEndings("\n").Split('\n');
        int start = d.SourceLine - 1;
        int end = start + 1;
        while (end < lines.Length && !lines[end].TrimStart().StartsWith("- id:", StringComparison.Ordinal)) end++;
        while (end > start + 1 && string.IsNullOrWhiteSpace(lines[end - 1])) end--;
        return string.Join("\n", lines[start..end]);
    }
}
