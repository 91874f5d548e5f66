using GovInfo.Tests;

namespace GovInfo.Cli.Tests;

/// <summary>Which default pack govlint uses: a repository's own <c>rules/</c> (working directory or above) before the embedded one.</summary>
public class DefaultPackLocationTests
{
    [Fact]
    public void A_repository_s_own_rules_folder_is_used_instead_of_the_embedded_pack()
    {
        using var repo = new TempDirectory();
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "rules"), "*.yaml"))
            repo.File(Path.Combine("rules", Path.GetFileName(file)), File.ReadAllText(file));
        repo.File(Path.Combine("rules", "template", "gov-2021.yaml"), File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "rules", "template", "gov-2021.yaml")));
        string arithmetic = Path.Combine(repo.Path, "rules", "arithmetic.yaml");
        File.WriteAllText(arithmetic, File.ReadAllText(arithmetic).Replace("title: 申请情况表纵向勾稽关系不成立", "title: 本仓库自己的标题"));
        string nested = Directory.CreateDirectory(Path.Combine(repo.Path, "reports", "2024")).FullName;

        var run = Govlint.ExecIn(nested, [], "explain", "GI3001");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("GI3001：本仓库自己的标题", run.StdOut);
        Assert.Contains("规则源：../../rules/arithmetic.yaml(", run.StdOut);
    }

    [Fact]
    public void Without_a_rules_folder_the_embedded_pack_is_used()
    {
        using var empty = new TempDirectory();
        var run = Govlint.ExecIn(empty.Path, [], "explain", "GI3001");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("GI3001：申请情况表纵向勾稽关系不成立", run.StdOut);
        Assert.Contains("规则源：<内置>/rules/arithmetic.yaml(", run.StdOut);
    }
}
