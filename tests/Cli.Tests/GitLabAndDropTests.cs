using GovInfo.Tests;
using System.Text.Json;

namespace GovInfo.Cli.Tests;

/// <summary><c>--format gitlab</c> (GitLab's Code Quality report) and a report given with no subcommand (dropped onto the executable).</summary>
public class GitLabAndDropTests
{
    [Fact]
    public void Gitlab_format_is_a_code_climate_issue_per_finding_with_unique_fingerprints()
    {
        var gitlab = Govlint.Exec("lint", "samples", "../shared/fixtures", "--format", "gitlab");
        var json = Govlint.Exec("lint", "samples", "../shared/fixtures", "--format", "json");
        Assert.Equal(json.ExitCode, gitlab.ExitCode);

        using var issues = JsonDocument.Parse(gitlab.StdOut);
        using var findings = JsonDocument.Parse(json.StdOut);
        var expected = findings.RootElement.EnumerateArray().Where(f => f.TryGetProperty("ruleId", out _))
            .Select(f => (f.GetProperty("ruleId").GetString(), f.GetProperty("file").GetString(), f.GetProperty("line").GetInt32())).ToList();
        var actual = issues.RootElement.EnumerateArray()
            .Select(i => (i.GetProperty("check_name").GetString(), i.GetProperty("location").GetProperty("path").GetString(), i.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32())).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
        var fingerprints = issues.RootElement.EnumerateArray().Select(i => i.GetProperty("fingerprint").GetString()).ToList();
        Assert.Equal(fingerprints.Count, fingerprints.Distinct().Count());
        Assert.All(issues.RootElement.EnumerateArray(), i => Assert.Contains(i.GetProperty("severity").GetString(), new[] { "info", "minor", "major", "critical", "blocker" }));

        // A fingerprint follows the finding, not the run: the same again.
        var again = Govlint.Exec("lint", "samples", "../shared/fixtures", "--format", "gitlab");
        Assert.Equal(gitlab.StdOut, again.StdOut);
    }

    [Fact]
    public void A_report_given_without_a_subcommand_is_checked_as_lint_checks_it()
    {
        var dropped = Govlint.Exec("samples/defects-2024.txt");
        var lint = Govlint.Exec("lint", "samples/defects-2024.txt");
        Assert.Equal(1, dropped.ExitCode);
        Assert.Equal(lint.StdOut, dropped.StdOut);
        Assert.NotEmpty(dropped.StdOut);
    }

    [Fact]
    public void A_report_dropped_on_windows_gets_a_reviewed_copy_beside_it_and_the_draft_is_untouched()
    {
        using var temp = new TempDirectory();
        string draft = Path.Combine(temp.Path, "草稿.txt");
        File.Copy(Path.Combine(TestPaths.RepositoryRoot, "samples", "defects-2024.txt"), draft);
        byte[] before = File.ReadAllBytes(draft);
        string[] args = GovInfo.Cli.DroppedFiles.AsCommand([draft], windows: true);
        Assert.Equal("review", args[0]);
        var run = Govlint.ExecIn(temp.Path, [], args);
        Assert.True(run.ExitCode == 0, run.StdErr);
        Assert.True(File.Exists(Path.Combine(temp.Path, "草稿.govlint.docx")), run.StdErr);
        Assert.Equal(before, File.ReadAllBytes(draft));
        Assert.Equal("lint", GovInfo.Cli.DroppedFiles.AsCommand([draft], windows: false)[0]);
    }

    [Fact]
    public void A_word_that_is_neither_a_command_nor_a_file_is_still_a_usage_error()
    {
        var run = Govlint.Exec("no-such-report.txt");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such-report.txt", run.StdErr);
    }
}
