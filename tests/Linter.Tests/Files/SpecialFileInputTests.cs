using GovInfo.Dsl.Functions;
using GovInfo.Dsl.Rules;
using GovInfo.Linter.Configuration;
using GovInfo.Linter.Engine;
using GovInfo.Report.Yaml;
using GovInfo.Tests;

namespace GovInfo.Linter.Tests.Files;

/// <summary>Issue 17 (F6): a govlint.yaml or rule file that is a device (behind a link) is refused, not read for ever.</summary>
public class SpecialFileInputTests
{
    [Fact]
    public void A_config_that_links_to_a_device_is_an_error_that_names_it()
    {
        using var dir = new TempDirectory();
        string config = Path.Combine(dir.Path, ConfigLoader.FileName);
        File.CreateSymbolicLink(config, "/dev/null");
        string report = dir.File("r.txt", Linting.Fixture000);

        var error = Assert.Single(Assert.Throws<YamlFileException>(() => Linting.LintOne(report)).Errors);

        Assert.Equal(config, Path.GetFullPath(error.Path));
        Assert.Contains("不是普通文件（字符设备）", error.Message);
    }

    [Fact]
    public void A_rule_file_that_links_to_a_device_is_an_error_that_names_it()
    {
        using var dir = new TempDirectory();
        string rules = Path.Combine(dir.Path, "extra.yaml");
        File.CreateSymbolicLink(rules, "/dev/null");

        var set = new RuleLoader(Reports.Template, FunctionRegistry.Builtin).Load([rules]);

        var error = Assert.Single(set.Errors);
        Assert.Equal(rules, error.Path);
        Assert.Contains("不是普通文件（字符设备）", error.Message);
    }

    [Fact]
    public void A_report_that_links_to_a_device_is_unreadable_and_the_run_goes_on()
    {
        using var dir = new TempDirectory();
        string device = Path.Combine(dir.Path, "a.txt");
        File.CreateSymbolicLink(device, "/dev/null");
        string report = dir.File("b.txt", Linting.Fixture000);

        var run = Linting.Runner().Run(new LintOptions([device, report]));

        Assert.Equal("不是普通文件（字符设备），未读取。", run.Files[0].Error);
        Assert.NotEmpty(run.Files[1].Diagnostics);
    }
}
