using System.Text;
using GovInfo.Linter.Engine;
using GovInfo.Report.Text;
using GovInfo.Tests;

namespace GovInfo.Linter.Tests;

public class FixTests
{
    private const string Before = "规划计划、等内容", After = "规划计划等内容";

    // Fixture 000's label of 部分公开 has two half-width commas (GI6003); the fix also takes the space after each.
    private const string LabelBefore = "(区分处理的, 只计这一情形, 不计其他情形)", LabelAfter = "(区分处理的，只计这一情形，不计其他情形)";

    public static TheoryData<string> Encodings() => ["utf8", "utf8-bom", "gb18030", "utf16-bom"];

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf8" => Encoding.UTF8.GetBytes(text),
        "utf8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        "gb18030" => SourceDecoder.Gb18030.GetBytes(text),
        _ => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Fix_keeps_encoding_bom_and_crlf_and_changes_only_the_fixed_span(string encoding)
    {
        using var dir = new TempDirectory();
        string text = Linting.Fixture000.ReplaceLineEndings("\r\n");
        string path = dir.File("r.txt", Encode(text, encoding));

        var outcome = Assert.Single(Linting.Fixer().Fix(new LintOptions([path]), dryRun: false));
        Assert.Equal(3, outcome.Applied);
        Assert.Equal(Encode(text.Replace(Before, After).Replace(LabelBefore, LabelAfter), encoding), File.ReadAllBytes(path));
        Assert.Empty(Directory.GetFiles(dir.Path, "*.govlint-tmp"));
    }

    [Fact]
    public void Fixing_twice_changes_nothing_the_second_time()
    {
        using var dir = new TempDirectory();
        string path = dir.File("r.txt", Linting.Fixture000.Replace("无其他需要报告的事项", "无其他、等、等需要报告的事项"));
        var first = Linting.Fixer().Fix(new LintOptions([path]), dryRun: false).Single();
        Assert.Equal(5, first.Applied);
        byte[] afterFirst = File.ReadAllBytes(path);
        var second = Linting.Fixer().Fix(new LintOptions([path]), dryRun: false).Single();
        Assert.Equal(0, second.Applied);
        Assert.Equal(afterFirst, File.ReadAllBytes(path));
        Assert.DoesNotContain(Linting.LintOne(path).Diagnostics, d => d.Fix is not null);
    }

    [Fact]
    public void A_config_named_with_config_applies_to_every_file_fixed()
    {
        using var dir = new TempDirectory();
        string config = dir.File("elsewhere/strict.yaml", "disable: [GI6002, GI6003]\n");
        string[] paths = [dir.File("a/r.txt", Linting.Fixture000), dir.File("b/r.txt", Linting.Fixture000)];

        var outcomes = Linting.Fixer().Fix(new LintOptions(paths, ConfigPath: config), dryRun: false).ToList();

        Assert.Equal([0, 0], outcomes.Select(o => o.Applied));
        Assert.All(paths, p => Assert.Equal(Linting.Fixture000, File.ReadAllText(p)));
        Assert.Equal(6, Linting.Fixer().Fix(new LintOptions(paths), dryRun: false).Sum(o => o.Applied));
    }

    [Fact]
    public void A_file_without_fixes_is_not_touched()
    {
        using var dir = new TempDirectory();
        string path = dir.File("r.txt", File.ReadAllText(Path.Combine(TestPaths.Samples, "county-market-2024.txt")));
        var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, stamp);
        Assert.Equal(0, Linting.Fixer().Fix(new LintOptions([path]), dryRun: false).Single().Applied);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void Dry_run_prints_a_unified_diff_and_writes_nothing()
    {
        using var dir = new TempDirectory();
        string path = dir.File("r.txt", Linting.Fixture000);
        var outcome = Linting.Fixer().Fix(new LintOptions([path]), dryRun: true).Single();
        Assert.Equal(Linting.Fixture000, File.ReadAllText(path));
        Assert.Contains("--- a/", outcome.Diff);
        Assert.Contains("@@ -16,7 +16,7 @@", outcome.Diff);
        Assert.Contains("-（四）政府信息公开平台建设", outcome.Diff);
        Assert.Contains(After, outcome.Diff);
    }
}
