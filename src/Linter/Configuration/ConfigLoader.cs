using GovInfo.Dsl.Rules;
using GovInfo.Report.Files;
using GovInfo.Report.Yaml;
using YamlDotNet.RepresentationModel;

namespace GovInfo.Linter.Configuration;

/// <summary>Finds and reads govlint.yaml files; errors are reported at file(line,col) like rule-file errors.</summary>
public sealed class ConfigLoader
{
    public const string FileName = "govlint.yaml";
    public const string ErrorCode = "GIC0001";

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, LintConfig> _byDirectory = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, LintConfig> _byPath = new(StringComparer.Ordinal);

    /// <summary>A config named with <c>--config</c>, read once however many files it applies to.</summary>
    public LintConfig LoadOnce(string path) => _byPath.GetOrAdd(Path.GetFullPath(path), _ => Load(path));

    /// <summary>The nearest govlint.yaml at or above the file's folder, or an empty config rooted at the current folder.</summary>
    public LintConfig Discover(string file) => DiscoverIn(Path.GetDirectoryName(Path.GetFullPath(file))!);

    /// <summary>The nearest govlint.yaml at or above <paramref name="folder"/>, or an empty config rooted at the current folder.</summary>
    public LintConfig DiscoverIn(string folder)
        => _byDirectory.GetOrAdd(Path.GetFullPath(folder), directory =>
        {
            for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, FileName);
                if (File.Exists(candidate)) return Load(candidate);
            }
            return LintConfig.Empty(Directory.GetCurrentDirectory());
        });

    public static LintConfig Load(string path)
    {
        string text;
        try
        {
            text = RegularFile.ReadAllText(Path.GetFullPath(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new YamlFileException([new YamlError(path, 1, 1, ErrorCode, $"无法读取配置文件：{e.Message}")]);
        }
        return Parse(text, path);
    }

    /// <summary>Reads a config's text as the file <paramref name="path"/> (relative rule paths and globs are resolved from its folder).</summary>
    /// <exception cref="YamlFileException">The text has errors; each at its line and column.</exception>
    public static LintConfig Parse(string text, string path)
    {
        string full = Path.GetFullPath(path);
        var reader = new YamlReader(path, ErrorCode);
        var root = reader.LoadRoot(text);
        string baseDirectory = System.IO.Path.GetDirectoryName(full)!;
        LintConfig config = LintConfig.Empty(baseDirectory) with { Path = path };
        if (root is YamlScalarNode { Value: null or "" }) return config;
        var references = new List<RuleReference>();
        if (reader.Mapping(root, "配置文件") is { } map)
        {
            reader.CheckKeys(map, "rules", "disable", "severity", "max-severity", "fail-on", "overrides");
            config = config with
            {
                RulePaths = reader.StringList(map, "rules").Select(p => System.IO.Path.GetFullPath(p, baseDirectory)).ToList(),
                Disabled = ReadDisabled(reader, map, references),
                Severities = ReadSeverities(reader, map, references),
                MaxSeverity = ReadSeverity(reader, map, "max-severity"),
                FailOn = ReadFailOn(reader, map),
                Overrides = reader.Sequence(reader.Get(map, "overrides"), "overrides").Select(n => ReadOverride(reader, n, references)).OfType<GlobOverride>().ToList(),
            };
        }
        reader.ThrowIfErrors();
        return config with { RuleReferences = references };
    }

    private static GlobOverride? ReadOverride(YamlReader reader, YamlNode node, List<RuleReference> references)
    {
        if (reader.Mapping(node, "overrides 的一项") is not { } map) return null;
        reader.CheckKeys(map, "files", "disable", "severity", "max-severity");
        var files = reader.Get(map, "files") is YamlScalarNode single ? [single.Value ?? ""] : reader.StringList(map, "files");
        if (files.Count == 0) reader.Error(map, "overrides 的每一项需要 files（一个或多个 glob，如 drafts/**）。");
        return new GlobOverride(files, ReadDisabled(reader, map, references), ReadSeverities(reader, map, references), ReadSeverity(reader, map, "max-severity"));
    }

    private static Dictionary<string, Severity?> ReadSeverities(YamlReader reader, YamlMappingNode map, List<RuleReference> references)
    {
        var result = new Dictionary<string, Severity?>();
        if (reader.Mapping(reader.Get(map, "severity"), "severity") is not { } severities) return result;
        foreach (var (key, value) in severities.Children)
        {
            if (key is not YamlScalarNode { Value: { Length: > 0 } id })
            {
                reader.Error(key, "severity 的键应为规则编号，如 GI3001。");
                continue;
            }
            references.Add(Reference(reader, id, key));
            if (value is not YamlScalarNode { Value: { } level })
                reader.Error(value, $"“{id}” 的严重级别应为文本：error、warning、info、hidden 或 off。");
            else if (ParseSeverity(level, out var severity)) result[id] = severity;
            else reader.Error(value, $"“{level}” 不是有效的严重级别；可用：error、warning、info、hidden、off。");
        }
        return result;
    }

    private static HashSet<string> ReadDisabled(YamlReader reader, YamlMappingNode map, List<RuleReference> references)
    {
        var ids = reader.StringList(map, "disable");
        if (reader.Get(map, "disable") is YamlSequenceNode list)
            foreach (var item in list.Children.OfType<YamlScalarNode>())
                references.Add(Reference(reader, item.Value ?? "", item));
        return ids.ToHashSet();
    }

    private static RuleReference Reference(YamlReader reader, string id, YamlNode node)
        => new(id, (int)node.Start.Line, (int)node.Start.Column, YamlError.MakeExcerpt(reader.File, (int)node.Start.Line, (int)node.Start.Column));

    private static Severity? ReadSeverity(YamlReader reader, YamlMappingNode map, string key)
    {
        if (reader.OptionalString(map, key) is not { } text) return null;
        if (ParseSeverity(text, out var severity) && severity is not null) return severity;
        reader.Error(reader.Get(map, key)!, $"“{text}” 不是有效的严重级别；可用：error、warning、info、hidden。");
        return null;
    }

    private static FailOn? ReadFailOn(YamlReader reader, YamlMappingNode map)
    {
        if (reader.OptionalString(map, "fail-on") is not { } text) return null;
        if (TryParseFailOn(text, out var failOn)) return failOn;
        reader.Error(reader.Get(map, "fail-on")!, $"“{text}” 不是有效的 fail-on；可用：error、warning、info、none。");
        return null;
    }

    /// <summary>
    /// The errors for rule IDs the config names (in disable and severity) that no rule of the run has, at the config's
    /// file(line,col); empty when every ID is known.
    /// </summary>
    public static IReadOnlyList<YamlError> UnknownRuleIds(LintConfig config, IReadOnlySet<string> known)
    {
        if (config.Path is null) return [];
        return config.RuleReferences.Where(r => !known.Contains(r.Id))
            .Select(r => new YamlError(config.Path, r.Line, r.Column, ErrorCode, $"未知的规则编号 “{YamlError.Shorten(r.Id)}”：本次运行的规则中没有它（拼写错误，或规则已改名？）。")
            { Excerpt = r.Excerpt })
            .ToList();
    }

    /// <summary>Parses error/warning/info/hidden, or off/none (switched off, given as null).</summary>
    public static bool ParseSeverity(string text, out Severity? severity)
    {
        severity = null;
        if (text is "off" or "none") return true;
        if (text.All(char.IsLower) && Enum.TryParse<Severity>(text, ignoreCase: true, out var s))
        {
            severity = s;
            return true;
        }
        return false;
    }

    public static bool TryParseFailOn(string text, out FailOn failOn)
    {
        failOn = default;
        return text.All(char.IsLower) && Enum.TryParse(text, ignoreCase: true, out failOn);
    }
}
