using System.Text;
using System.Text.RegularExpressions;
using ApprovalTests;
using ApprovalTests.Reporters;
using GovInfo.Tests;

namespace GovInfo.Dsl.Tests;

/// <summary>Each file in Malformed/ states the error it must produce (<c># expect: GIR0006</c>); all errors, with positions and excerpts, are snapshotted.</summary>
[UseReporter(typeof(QuietReporter))]
public partial class MalformedRuleTests
{
    private static string Folder => Path.Combine(TestPaths.RepositoryRoot, "tests", "Dsl.Tests", "Malformed");

    public static TheoryData<string> Files() => new(Directory.GetFiles(Folder, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [GeneratedRegex(@"^# expect: (GIR\d{4}) at (\d+):(\d+)$")]
    private static partial Regex Expectation();

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_malformed_file_fails_with_its_expected_code_at_its_expected_place(string name)
    {
        string path = Path.Combine(Folder, name);
        var header = Expectation().Match(File.ReadLines(path).First());
        Assert.True(header.Success, "first line must be: # expect: GIRnnnn at line:column");
        string expected = header.Groups[1].Value;
        var set = Rules.Loader.Load([path]);
        Assert.Contains(set.Errors, e => e.Code == expected && e.Line == int.Parse(header.Groups[2].Value) && e.Column == int.Parse(header.Groups[3].Value));
        // The broken rule is not compiled (a duplicate id leaves the first of the two standing).
        if (expected != "GIR0010") Assert.DoesNotContain(set.Rules, r => r.Descriptor.Id == "GI9001");
    }

    [Fact]
    public void There_are_at_least_25_malformed_files()
        => Assert.True(Directory.GetFiles(Folder, "*.yaml").Length >= 25);

    [Fact]
    public void Every_error_with_its_excerpt_matches_the_approved_snapshot()
    {
        var text = new StringBuilder();
        foreach (var file in Directory.GetFiles(Folder, "*.yaml").Order(StringComparer.Ordinal))
            foreach (var error in Rules.Loader.Load([file]).Errors)
                text.AppendLine(error.Render().Replace(Folder + Path.DirectorySeparatorChar, ""));
        Approvals.Verify(text.ToString());
    }

    [Fact]
    public void One_load_of_the_folder_reports_the_errors_of_every_file()
    {
        var set = Rules.Loader.Load([Folder]);
        // In a folder, YAML that is not a rule file (36, shaped like the template) is skipped, not an error.
        var withErrors = set.Errors.Select(e => Path.GetFileName(e.Path)).Distinct().ToList();
        Assert.Equal(Directory.GetFiles(Folder, "*.yaml").Length - 1, withErrors.Count);
        Assert.DoesNotContain("36-not-a-rule-file.yaml", withErrors);
    }

    [Theory]
    // A folded (>) scalar: the unknown label 法人 is on the second content line of the expression.
    [InlineData("29-folded-scalar-error-on-second-line.yaml", 11, 28)]
    // A literal (|) scalar: the unknown name totl is on the third line, indented further.
    [InlineData("30-literal-scalar-error-on-second-line.yaml", 11, 12)]
    // A double-quoted scalar with escaped quotes: the position counts the escapes of the raw text.
    [InlineData("37-double-quoted-error.yaml", 9, 38)]
    // Inside a {…} hole of a message.
    [InlineData("21-message-hole-syntax.yaml", 10, 22)]
    public void Errors_inside_block_quoted_and_message_scalars_point_at_the_file_position(string name, int line, int column)
    {
        var error = Rules.Loader.Load([Path.Combine(Folder, name)]).Errors[0];
        Assert.Equal((line, column), (error.Line, error.Column));
    }
}
