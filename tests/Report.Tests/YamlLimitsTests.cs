using GovInfo.Report.Yaml;

namespace GovInfo.Report.Tests;

/// <summary>Hostile YAML (issue 17, F2, F22, F23): deep nesting, extra documents and huge lines are refused or quoted briefly.</summary>
public class YamlLimitsTests
{
    private static (YamlDotNet.RepresentationModel.YamlNode? Root, IReadOnlyList<YamlError> Errors) Load(string text)
    {
        var reader = new YamlReader("r.yaml", "GIX0001");
        var root = reader.LoadRoot(text);
        return (root, reader.Errors);
    }

    [Theory]
    [InlineData("{a: ", "}")]
    [InlineData("[", "]")]
    public void F2_a_40000_deep_flow_collection_is_refused_with_the_depth_cap_named(string open, string close)
    {
        const int depth = 40000;
        var (root, errors) = Load("rules: " + string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth)));
        Assert.Null(root);
        var error = Assert.Single(errors);
        Assert.Contains($"最多嵌套 {YamlReader.MaxDepth} 层", error.Message);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void F2_nesting_up_to_the_cap_is_read()
    {
        int depth = YamlReader.MaxDepth - 1; // the root mapping is one level
        var (root, errors) = Load("rules: " + string.Concat(Enumerable.Repeat("[", depth)) + "1" + string.Concat(Enumerable.Repeat("]", depth)));
        Assert.Empty(errors);
        Assert.NotNull(root);
    }

    [Fact]
    public void F2_block_nesting_beyond_the_cap_is_refused_too()
    {
        var text = string.Concat(Enumerable.Range(0, YamlReader.MaxDepth + 1).Select(i => new string(' ', i) + "k:\n")) + new string(' ', YamlReader.MaxDepth + 1) + "v\n";
        var (root, errors) = Load(text);
        Assert.Null(root);
        Assert.Contains("嵌套过深", Assert.Single(errors).Message);
    }

    [Fact]
    public void F23_a_second_document_is_an_error_at_its_marker()
    {
        var (root, errors) = Load("rules: []\n---\nrules: [x]\n");
        Assert.Null(root);
        var error = Assert.Single(errors);
        Assert.Equal((2, 1), (error.Line, error.Column));
        Assert.Contains("只能有一个 YAML 文档", error.Message);
    }

    [Fact]
    public void A_single_document_with_its_markers_is_read()
    {
        var (root, errors) = Load("---\nrules: []\n...\n");
        Assert.Empty(errors);
        Assert.NotNull(root);
    }

    [Fact]
    public void F22_an_error_on_a_huge_line_quotes_a_short_window_of_it()
    {
        var reader = new YamlReader("r.yaml", "GIX0001");
        var map = reader.Mapping(reader.LoadRoot("ok: [" + string.Concat(Enumerable.Repeat("1, ", 30_000)) + "1]\n"), "配置")!;
        reader.CheckKeys(map, "rules");
        var error = Assert.Single(reader.Errors);
        Assert.True(error.Render().Length < 400, error.Render().Length.ToString());
        Assert.StartsWith("    ok: [1, 1,", error.Excerpt);
        Assert.Contains("…", error.Excerpt);
    }

    [Fact]
    public void F22_a_huge_value_is_quoted_short_in_the_message()
    {
        string key = "colour" + new string('x', 100_000);
        var reader = new YamlReader("r.yaml", "GIX0001");
        var map = reader.Mapping(reader.LoadRoot($"? {key}\n: red\n"), "配置")!;
        reader.CheckKeys(map, "rules");
        var error = Assert.Single(reader.Errors);
        Assert.True(error.Render().Length < 400, error.Render().Length.ToString());
        Assert.Contains("“colourxxx", error.Message);
        Assert.Contains("…”", error.Message);
    }

    [Fact]
    public void F22_the_excerpt_window_keeps_the_caret_under_the_column_far_into_a_line()
    {
        string line = new string('a', 5000) + "错" + new string('b', 5000);
        var excerpt = YamlError.MakeExcerpt(new Text.SourceText(line, "r.yaml"), 1, 5001)!;
        var lines = excerpt.Split(Environment.NewLine);
        Assert.True(lines[0].Length <= YamlError.ExcerptWindow + 8);
        int caret = lines[1].IndexOf('^');
        Assert.Equal(Text.DisplayWidth.Of(lines[0].AsSpan(0, lines[0].IndexOf('错'))), caret);
    }

    [Fact]
    public void A_short_line_is_quoted_whole()
    {
        var excerpt = YamlError.MakeExcerpt(new Text.SourceText("severity: loud\n", "r.yaml"), 1, 11)!;
        Assert.StartsWith("    severity: loud" + Environment.NewLine, excerpt);
        Assert.DoesNotContain("…", excerpt);
    }

    [Theory]
    [InlineData("rules:\n  : off\n", 2, 3)]
    [InlineData("- : , \n", 1, 3)]
    public void A_key_without_a_value_found_by_the_property_suite_is_a_located_error_not_an_exception(string text, int line, int column)
    {
        var (root, errors) = Load(text);
        Assert.Null(root);
        var error = Assert.Single(errors);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains("缺少值", error.Message);
    }

    [Theory]
    [InlineData("!!PfCU-+FO2Dy\n")]
    [InlineData("rules: !<x y> 1\n")]
    public void An_invalid_tag_found_by_the_property_suite_is_a_located_error_not_an_exception(string text)
    {
        var (root, errors) = Load(text);
        Assert.Null(root);
        Assert.Contains("YAML 语法错误", Assert.Single(errors).Message);
    }
}
