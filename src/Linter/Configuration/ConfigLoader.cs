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
    public LintConfig Discover(string file)
        => _byDirectory.GetOrAdd(Path.GetDirectoryName(Path.GetFullPath(file))!, directory =>
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
        string full = Path.GetFullPath(path);
        var reader = new YamlReader(path, ErrorCode);
        string text;
        try
        {
            text = RegularFile.ReadAllText(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new YamlFileException([new YamlError(path, 1, 1, ErrorCode, $"无法读取配置文件：{e.Message}")]);
        }
        var root = reader.LoadRoot(text);
        string baseDirectory = System.IO.Path.GetDirectoryName(full)!;
        LintConfig config = LintConfig.Empty(baseDirectory) with { Path = path };
        if (root is YamlScalarNode { Value: null or "" }) return config;
        if (reader.Mapping(root, "配置文件") is { } map)
        {
            reader.CheckKeys(map, "rules", "disable", "severity", "max-severity", "fail-on", "overrides");
            config = config with
            {
                RulePaths = reader.StringList(map, "rules").Select(p => System.IO.Path.GetFullPath(p, baseDirectory)).ToList(),
                Disabled = reader.StringList(map, "disable").ToHashSet(),
                Severities = ReadSeverities(reader, map),
                MaxSeverity = ReadSeverity(reader, map, "max-severity"),
                FailOn = ReadFailOn(reader, map),
                Overrides = reader.Sequence(reader.Get(map, "overrides"), "overrides").Select(n => ReadOverride(reader, n)).OfType<GlobOverride>().ToList(),
            };
        }
        reader.ThrowIfErrors();
        return config;
    }

    private static GlobOverride? ReadOverride(YamlReader reader, YamlNode node)
    {
        if (reader.Mapping(node, "overrides 的一项") is not { } map) return null;
        reader.CheckKeys(map, "files", "disable", "severity", "max-severity");
        var files = reader.Get(map, "files") is YamlScalarNode single ? [single.Value ?? ""] : reader.StringList(map, "files");
        if (files.Count == 0) reader.Error(map, "overrides 的每一项需要 files（一个或多个 glob，如 drafts/**）。");
        return new GlobOverride(files, reader.StringList(map, "disable").ToHashSet(), ReadSeverities(reader, map), ReadSeverity(reader, map, "max-severity"));
    }

    private static Dictionary<string, Severity?> ReadSeverities(YamlReader reader, YamlMappingNode map)
    {
        var result = new Dictionary<string, Severity?>();
        if (reader.Mapping(reader.Get(map, "severity"), "severity") is not { } severities) return result;
        foreach (var (key, value) in severities.Children)
        {
            if (key is not YamlScalarNode { Value: { } id } || value is not YamlScalarNode { Value: { } level }) continue;
            if (ParseSeverity(level, out var severity)) result[id] = severity;
            else reader.Error(value, $"“{level}” 不是有效的严重级别；可用：error、warning、info、hidden、off。");
        }
        return result;
    }

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
