using GovInfo.Tests;

namespace GovInfo.Cli.Tests;

/// <summary><c>explain</c> and the <c>rules</c> commands know the rules <c>lint</c> would use: govlint.yaml's <c>rules:</c> and <c>--rules</c>.</summary>
public class RuleSelectionTests
{
    private const string CustomRule = """
        rules:
          - id: XX0001
            title: 本机构自定义的禁用词
            severity: warning
            category: 文字规范
            scope: paragraph
            description: 段落不应出现“某某禁用词”。
            forbid: /某某禁用词/
            message: 段落含有“某某禁用词”。
            examples:
              invalid:
                - 这里有[|某某禁用词|]。
              valid:
                - 这里没有。
        """;

    [Fact]
    public void Explain_knows_a_rule_added_with_rules()
    {
        using var dir = new TempDirectory();
        string rule = dir.File("policy/custom.yaml", CustomRule);

        var run = Govlint.ExecIn(dir.Path, [], "explain", "XX0001", "--rules", rule);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("XX0001：本机构自定义的禁用词", run.StdOut);
        Assert.Contains("规则源：policy/custom.yaml(2)", run.StdOut);
    }

    [Fact]
    public void Without_the_rule_explain_says_where_it_looked()
    {
        using var dir = new TempDirectory();
        var run = Govlint.ExecIn(dir.Path, [], "explain", "XX0001");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("没有规则 XX0001（找过：<内置>/rules", run.StdErr);
    }

    [Fact]
    public void Rules_list_test_and_explain_include_the_rules_of_govlint_yaml()
    {
        using var dir = new TempDirectory();
        dir.File("policy/custom.yaml", CustomRule);
        dir.File("govlint.yaml", "rules:\n  - policy\n");
        string sub = Directory.CreateDirectory(Path.Combine(dir.Path, "drafts")).FullName;

        var list = Govlint.ExecIn(sub, [], "rules", "list");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("XX0001  warning  文字规范", list.StdOut);
        Assert.Contains("GI3001", list.StdOut);

        var test = Govlint.ExecIn(sub, [], "rules", "test");
        Assert.True(test.ExitCode == 0, test.StdOut + test.StdErr);
        // Every rule lint would use had its examples run, the custom one among them.
        string listed = System.Text.RegularExpressions.Regex.Match(list.StdOut, @"共 (\d+) 条规则").Groups[1].Value;
        Assert.Contains($"{listed}/{listed} 条规则的示例通过", test.StdOut);

        var explain = Govlint.ExecIn(sub, [], "explain", "XX0001");
        Assert.Equal(0, explain.ExitCode);
        Assert.Contains("本机构自定义的禁用词", explain.StdOut);
    }

    [Fact]
    public void Rules_docs_writes_a_page_for_a_rule_added_with_rules()
    {
        using var dir = new TempDirectory();
        string rule = dir.File("custom.yaml", CustomRule);
        var run = Govlint.ExecIn(dir.Path, [], "rules", "docs", "--rules", rule, "--out", "out");
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(dir.Path, "out", "XX0001.md")), run.StdOut + run.StdErr);
        Assert.True(File.Exists(Path.Combine(dir.Path, "out", "GI3001.md")));
    }
}
