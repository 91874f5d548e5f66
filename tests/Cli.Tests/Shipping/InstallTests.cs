using System.IO.Compression;
using System.Xml.Linq;
using GovInfo.Tests;

namespace GovInfo.Cli.Tests.Shipping;

/// <summary>govlint installed as a user would: the published binary copied alone into an empty folder, and the .NET tool installed from a folder feed.</summary>
public class InstallTests(ShippedGovlint shipped) : IClassFixture<ShippedGovlint>
{
    [Fact]
    public void A_binary_copied_alone_into_an_empty_folder_lints_explains_and_tests_its_own_rules()
    {
        string folder = shipped.NewFolder("alone");
        string exe = Path.Combine(folder, Path.GetFileName(shipped.SingleFile));
        File.Copy(shipped.SingleFile, exe);
        File.Copy(Path.Combine(TestPaths.Samples, "defects-2024.txt"), Path.Combine(folder, "report.txt"));
        Assert.Equal(2, Directory.GetFileSystemEntries(folder).Length);

        var lint = ShippedGovlint.Run(exe, folder, "lint", "report.txt", "--format", "msbuild");
        Assert.Equal(1, lint.ExitCode);
        Assert.Contains("report.txt(49,19,49,21): error GI3001:", lint.StdOut);
        Assert.DoesNotContain("找不到", lint.StdErr);

        var explain = ShippedGovlint.Run(exe, folder, "explain", "GI3001");
        Assert.Equal(0, explain.ExitCode);
        Assert.Contains("GI3001：申请情况表纵向勾稽关系不成立", explain.StdOut);
        Assert.Contains("规则源：<内置>/rules/arithmetic.yaml(", explain.StdOut);

        // The examples edit the embedded samples (base: ../samples/…), and the embedded annotated report runs too.
        var test = ShippedGovlint.Run(exe, folder, "rules", "test");
        Assert.True(test.ExitCode == 0, test.StdOut + test.StdErr);
        Assert.Matches(@"^(\d+)/\1 条规则的示例通过，1 个测试报告，0 处失败。", test.StdOut);

        var list = ShippedGovlint.Run(exe, folder, "rules", "list");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("GI6007", list.StdOut);
        // Nothing was written beside the binary: the pack is read from the binary itself.
        Assert.Equal(2, Directory.GetFileSystemEntries(folder).Length);
    }

    [Fact]
    public void The_tool_package_installs_from_a_folder_feed_and_runs_from_another_directory()
    {
        var package = Directory.GetFiles(shipped.Feed, "govlint.*.nupkg").Single();
        using (var zip = ZipFile.OpenRead(package))
        {
            Assert.NotNull(zip.GetEntry("README.md"));
            var nuspec = XDocument.Load(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
            var ns = nuspec.Root!.GetDefaultNamespace();
            var metadata = nuspec.Root.Element(ns + "metadata")!;
            Assert.Equal("govlint", metadata.Element(ns + "id")!.Value);
            Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
            // One place for the version: Directory.Build.props.
            string version = XDocument.Load(Path.Combine(TestPaths.RepositoryRoot, "Directory.Build.props")).Descendants("Version").Single().Value;
            Assert.Equal(version, metadata.Element(ns + "version")!.Value);
            Assert.Contains(zip.Entries, e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
        }

        // Only the folder feed: the package must carry everything it needs.
        string tools = shipped.NewFolder("tools");
        string config = Path.Combine(shipped.NewFolder("nuget"), "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{shipped.Feed}" />
              </packageSources>
            </configuration>
            """);
        var install = ShippedGovlint.Run("dotnet", tools, "tool", "install", "govlint", "--tool-path", tools, "--configfile", config);
        Assert.True(install.ExitCode == 0, install.StdOut + install.StdErr);

        string elsewhere = shipped.NewFolder("elsewhere");
        string report = Path.Combine(elsewhere, "fixture.txt");
        File.Copy(TestPaths.Fixture("004"), report);
        string govlint = Path.Combine(tools, OperatingSystem.IsWindows() ? "govlint.exe" : "govlint");
        var lint = ShippedGovlint.Run(govlint, elsewhere, "lint", "fixture.txt", "--format", "json");
        var direct = Govlint.Exec("lint", report, "--format", "json");
        Assert.True(lint.ExitCode is 0 or 1, lint.StdOut + lint.StdErr);
        Assert.Equal(direct.ExitCode, lint.ExitCode);
        // The installed tool finds what the repository's build finds (the same default pack, embedded).
        Assert.Equal(RuleIds(direct.StdOut), RuleIds(lint.StdOut));
    }

    private static List<string> RuleIds(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select(d => d.GetProperty("ruleId").GetString()!).ToList();
    }
}
