using System.Text.RegularExpressions;
using GovInfo.Dsl.Errors;
using GovInfo.Dsl.Syntax;
using GovInfo.Report.Yaml;
using Sprache;
using YamlDotNet.RepresentationModel;

namespace GovInfo.Dsl.Rules;

/// <summary>Reads the rules of one YAML rule file into <see cref="RuleSyntax"/>, checking keys and shapes; expressions are compiled later.</summary>
public static partial class RuleFileReader
{
    public static readonly string[] FileKeys = ["rules", "description"];

    public static readonly string[] RuleKeys =
        ["id", "title", "severity", "category", "description", "help", "scope", "table", "where", "let", "for",
         "assert", "forbid", "require", "unless", "message", "at", "related", "fix", "examples"];

    [GeneratedRegex(@"^[A-Z]{2,4}[0-9]{4}$")]
    private static partial Regex IdPattern();

    /// <summary>Whether a YAML root is a rule file (it has <c>rules:</c>), as opposed to a template.</summary>
    public static bool IsRuleFile(YamlNode? root) => root is YamlMappingNode m && m.Children.ContainsKey(new YamlScalarNode("rules"));

    public static List<RuleSyntax> Read(YamlReader reader, YamlNode? rootNode)
    {
        var result = new List<RuleSyntax>();
        if (reader.Mapping(rootNode, "规则文件") is not { } root) return result;
        reader.CheckKeys(root, FileKeys);
        if (reader.Get(root, "rules") is null)
        {
            reader.Error(root, "规则文件应有 rules: 列表。", DslErrorCodes.MissingKey);
            return result;
        }
        foreach (var node in reader.Sequence(reader.Get(root, "rules"), "rules"))
            if (ReadRule(reader, node) is { } rule) result.Add(rule);
        return result;
    }

    private static RuleSyntax? ReadRule(YamlReader reader, YamlNode node)
    {
        if (reader.Mapping(node, "规则") is not { } map) return null;
        int errorsBefore = reader.Errors.Count;
        reader.CheckKeys(map, RuleKeys);
        string id = reader.RequiredString(map, "id");
        var idNode = reader.Get(map, "id") ?? map;
        if (id.Length > 0 && !IdPattern().IsMatch(id))
            reader.Error(idNode, $"规则编号 “{id}” 格式不对：应为 2–4 个大写字母加 4 位数字，如 GI3001。", DslErrorCodes.BadValue);

        var severity = ReadEnum<Severity>(reader, map, "severity", "error、warning、info、hidden");
        var scope = ReadEnum<ScopeKind>(reader, map, "scope", "document、section、paragraph、sentence、passage、table、row、cell");

        var kinds = new[] { ("assert", RuleKind.Assert), ("forbid", RuleKind.Forbid), ("require", RuleKind.Require) }
            .Where(k => reader.Get(map, k.Item1) is not null).ToList();
        if (kinds.Count == 0) reader.Error(map, "规则需要 assert、forbid 或 require 之一。", DslErrorCodes.MissingKey);
        if (kinds.Count > 1) reader.Error(reader.Get(map, kinds[1].Item1)!, "assert、forbid、require 只能写一个。", DslErrorCodes.Shape);
        var kind = kinds.Count > 0 ? kinds[0].Item2 : RuleKind.Assert;
        var condition = kinds.Count > 0 ? Expression(reader, map, kinds[0].Item1) : null;
        if (reader.Get(map, "unless") is { } unlessNode && kind != RuleKind.Forbid)
            reader.Error(unlessNode, "unless 只能与 forbid 一起使用。", DslErrorCodes.Shape);

        string? table = reader.OptionalString(map, "table");
        if (table is not null && scope is not (ScopeKind.Table or ScopeKind.Row or ScopeKind.Cell))
            reader.Error(reader.Get(map, "table")!, "table 只能用于 scope 为 table、row 或 cell 的规则。", DslErrorCodes.Shape);

        string message = reader.RequiredString(map, "message");
        var descriptor = new RuleDescriptor(
            id,
            reader.RequiredString(map, "title"),
            severity ?? Severity.Warning,
            reader.RequiredString(map, "category"),
            reader.RequiredString(map, "description"),
            reader.OptionalString(map, "help"),
            scope ?? ScopeKind.Document,
            kind,
            reader.Path,
            (int)map.Start.Line);

        return new RuleSyntax(
            descriptor, map, idNode, table, reader.Get(map, "table"),
            Expression(reader, map, "where"),
            ReadLets(reader, map),
            Expression(reader, map, "for"),
            condition,
            Expression(reader, map, "unless"),
            message.Length > 0 ? Expression(reader, map, "message") : null,
            Expression(reader, map, "at"),
            Expression(reader, map, "fix"),
            ReadExamples(reader, map))
        {
            Related = Expression(reader, map, "related"),
            HasErrors = reader.Errors.Count > errorsBefore,
        };
    }

    private static T? ReadEnum<T>(YamlReader reader, YamlMappingNode map, string key, string allowed) where T : struct, Enum
    {
        string text = reader.RequiredString(map, key);
        if (text.Length == 0) return null;
        if (Enum.TryParse<T>(text, ignoreCase: false, out var value) || (text.All(char.IsLower) && Enum.TryParse(text, ignoreCase: true, out value)))
            return value;
        reader.Error(reader.Get(map, key)!, $"{key} 的值 “{text}” 无效；可用：{allowed}。", DslErrorCodes.BadValue);
        return null;
    }

    private static ExpressionSource? Expression(YamlReader reader, YamlMappingNode map, string key)
    {
        var node = reader.Get(map, key);
        if (node is null) return null;
        if (node is YamlScalarNode scalar) return new ExpressionSource(scalar.Value ?? "", new ScalarMapper(reader.File!.Text, scalar));
        reader.Error(node, $"“{key}” 应为一个表达式（文本），不能是列表或映射。", DslErrorCodes.Shape);
        return null;
    }

    private static List<LetSyntax> ReadLets(YamlReader reader, YamlMappingNode map)
    {
        var lets = new List<LetSyntax>();
        if (reader.Mapping(reader.Get(map, "let"), "let") is not { } letMap) return lets;
        foreach (var (keyNode, valueNode) in letMap.Children)
        {
            if (keyNode is not YamlScalarNode name || name.Value is not { } text || ExpressionParser.Parse(ExpressionGrammar.Identifier.End(), text, out _) is null)
            {
                reader.Error(keyNode, $"let 的变量名 “{(keyNode as YamlScalarNode)?.Value}” 无效：应为字母或汉字开头、不与关键字同名。", DslErrorCodes.BadValue);
                continue;
            }
            if (valueNode is not YamlScalarNode scalar)
            {
                reader.Error(valueNode, $"let 变量 “{text}” 的值应为一个表达式。", DslErrorCodes.Shape);
                continue;
            }
            lets.Add(new LetSyntax(text, name, new ExpressionSource(scalar.Value ?? "", new ScalarMapper(reader.File!.Text, scalar))));
        }
        return lets;
    }

    private static RuleExamples ReadExamples(YamlReader reader, YamlMappingNode map)
    {
        var node = reader.Get(map, "examples");
        if (node is null)
        {
            reader.Error(map, "缺少必填的键 “examples”（invalid 与 valid 示例）。", DslErrorCodes.MissingKey);
            return new RuleExamples([], []);
        }
        if (reader.Mapping(node, "examples") is not { } examples) return new RuleExamples([], []);
        reader.CheckKeys(examples, "invalid", "valid");
        return new RuleExamples(ReadSnippets(reader, examples, "invalid"), ReadSnippets(reader, examples, "valid"));
    }

    private static List<RuleExample> ReadSnippets(YamlReader reader, YamlMappingNode examples, string key)
    {
        var snippets = new List<RuleExample>();
        foreach (var item in reader.Sequence(reader.Get(examples, key), key))
        {
            int line = (int)item.Start.Line;
            if (item is YamlScalarNode s)
            {
                snippets.Add(new RuleExample(s.Value ?? "", null, null, null, line));
                continue;
            }
            if (item is YamlMappingNode map && map.Children.Keys.All(k => k is YamlScalarNode { Value: "base" or "replace" or "with" }) && reader.Get(map, "base") is YamlScalarNode)
            {
                string? replace = reader.OptionalString(map, "replace"), with = reader.OptionalString(map, "with");
                if ((replace is null) != (with is null)) reader.Error(map, $"{key} 示例的 replace 与 with 应同时给出。", DslErrorCodes.BadExample);
                snippets.Add(new RuleExample(null, reader.OptionalString(map, "base"), replace, with, line));
                continue;
            }
            reader.Error(item, $"{key} 示例应为报告片段（文本），或 {{ base: 样例报告, replace: 原文, with: 改后文字 }}。", DslErrorCodes.BadExample);
        }
        return snippets;
    }
}
