using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovInfo.Cli.Init;
using GovInfo.Dsl.Rules;
using GovInfo.Tests;
using Json.Schema;
using YamlDotNet.RepresentationModel;

namespace GovInfo.Cli.Tests;

/// <summary>The JSON Schemas in <c>schemas/</c> accept every shipped rule file and every documented config, and refuse a misspelt key.</summary>
public class SchemaTests
{
    private static readonly string SchemaFolder = Path.Combine(TestPaths.RepositoryRoot, "schemas");
    private static readonly JsonSchema RuleSchema = JsonSchema.FromFile(Path.Combine(SchemaFolder, Schemas.Rules));
    private static readonly JsonSchema ConfigSchema = JsonSchema.FromFile(Path.Combine(SchemaFolder, Schemas.Config));

    public static TheoryData<string> ShippedRuleFiles()
        => [.. Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "rules"), "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    [Theory]
    [MemberData(nameof(ShippedRuleFiles))]
    public void Every_shipped_rule_file_is_valid(string file)
        => AssertValid(RuleSchema, File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "rules", file)), file);

    public static TheoryData<string, string> DocumentedConfigs()
    {
        var data = new TheoryData<string, string> { { "govlint init", ConfigTemplate.Text } };
        int n = 0;
        foreach (var block in YamlBlocks(Path.Combine(TestPaths.RepositoryRoot, "docs", "configuration.md")))
            data.Add($"docs/configuration.md #{++n}", block);
        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentedConfigs))]
    public void Every_documented_config_is_valid(string where, string yaml) => AssertValid(ConfigSchema, yaml, where);

    [Fact]
    public void The_rule_schema_knows_exactly_the_keys_the_reader_accepts()
    {
        var rule = JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaFolder, Schemas.Rules)))!["$defs"]!["rule"]!["properties"]!.AsObject();
        Assert.Equal(RuleFileReader.RuleKeys.Order(StringComparer.Ordinal), rule.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("rules", "rules:\n  - id: GI9001\n    title: t\n    severty: error\n    category: c\n    description: d\n    scope: paragraph\n    forbid: /x/\n    message: m\n")]
    [InlineData("rules", "rules:\n  - id: GI9001\n    title: t\n    severity: error\n    category: c\n    description: d\n    scope: paragraph\n    forbid: /x/\n    assert: 1 == 1\n    message: m\n")]
    [InlineData("config", "fail-on: errors\n")]
    [InlineData("config", "severity:\n  GI3001: fatal\n")]
    [InlineData("config", "overrides:\n  - disable: [GI5001]\n")]
    public void A_mistake_is_refused(string kind, string yaml)
        => Assert.False(Evaluate(kind == "rules" ? RuleSchema : ConfigSchema, yaml).IsValid);

    [Fact]
    public void Init_writes_the_schemas_of_the_repository()
    {
        foreach (var name in Schemas.Names)
            Assert.Equal(File.ReadAllText(Path.Combine(SchemaFolder, name)), Schemas.Text(name));
    }

    [Fact]
    public void The_config_init_writes_is_one_govlint_reads()
    {
        using var dir = new TempDirectory();
        var run = Govlint.ExecIn(dir.Path, [], "init");
        Assert.Equal(0, run.ExitCode);
        string written = File.ReadAllText(Path.Combine(dir.Path, "govlint.yaml"));
        Assert.Equal(ConfigTemplate.Text, written);
        Assert.StartsWith("# yaml-language-server: $schema=.govlint/govlint.schema.json", written);
        Assert.True(File.Exists(Path.Combine(dir.Path, ".govlint", Schemas.Config)));
        var config = Linter.Configuration.ConfigLoader.Load(Path.Combine(dir.Path, "govlint.yaml"));
        Assert.Equal(Linter.Configuration.FailOn.Error, config.FailOn);

        var again = Govlint.ExecIn(dir.Path, [], "init");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("已存在，未改动", again.StdErr);
    }

    private static void AssertValid(JsonSchema schema, string yaml, string where)
    {
        var result = Evaluate(schema, yaml);
        var errors = result.IsValid ? [] : (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).ToList();
        Assert.True(result.IsValid, $"{where}:\n" + string.Join("\n", errors));
    }

    private static EvaluationResults Evaluate(JsonSchema schema, string yaml)
        => schema.Evaluate(YamlToJson(yaml), new EvaluationOptions { OutputFormat = OutputFormat.List });

    /// <summary>The ```yaml blocks of a Markdown page.</summary>
    private static IEnumerable<string> YamlBlocks(string markdown)
        => Regex.Matches(File.ReadAllText(markdown), "```yaml\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value);

    /// <summary>YAML as the JSON an editor's language server checks: plain scalars that read as numbers, booleans or null are typed.</summary>
    private static JsonNode? YamlToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Convert(c.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(Convert)]),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s when s.Value is null or "" or "~" or "null" => null,
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s when s.Value is "true" or "false" => JsonValue.Create(s.Value == "true"),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s when double.TryParse(s.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) => JsonValue.Create(d),
        YamlScalarNode s => JsonValue.Create(s.Value ?? ""),
        _ => throw new InvalidOperationException(node.GetType().Name),
    };
}
