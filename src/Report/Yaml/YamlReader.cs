using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GovInfo.Report.Yaml;

/// <summary>
/// Reads a YAML file through YamlDotNet's representation model, checking node shapes and collecting
/// every error at its line and column instead of throwing at the first.
/// </summary>
public sealed class YamlReader(string path, string errorCode)
{
    private readonly List<YamlError> _errors = [];

    public string Path { get; } = path;
    public IReadOnlyList<YamlError> Errors => _errors;

    public YamlNode? LoadRoot(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            _errors.Add(new YamlError(Path, (int)e.Start.Line, (int)e.Start.Column, errorCode, $"YAML 语法错误：{e.Message}"));
            return null;
        }
        if (stream.Documents.Count == 0)
        {
            _errors.Add(new YamlError(Path, 1, 1, errorCode, "文件为空。"));
            return null;
        }
        return stream.Documents[0].RootNode;
    }

    public void Error(YamlNode node, string message)
        => _errors.Add(new YamlError(Path, (int)node.Start.Line, (int)node.Start.Column, errorCode, message));

    public void ThrowIfErrors()
    {
        if (_errors.Count > 0) throw new YamlFileException(_errors);
    }

    public YamlMappingNode? Mapping(YamlNode? node, string what)
    {
        if (node is YamlMappingNode m) return m;
        if (node is not null) Error(node, $"{what} 应为映射（key: value）。");
        return null;
    }

    public IReadOnlyList<YamlNode> Sequence(YamlNode? node, string what)
    {
        if (node is null) return [];
        if (node is YamlSequenceNode s) return s.Children.ToList();
        Error(node, $"{what} 应为列表。");
        return [];
    }

    /// <summary>Reports keys of <paramref name="map"/> that are not in <paramref name="allowed"/>.</summary>
    public void CheckKeys(YamlMappingNode map, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            string name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name))
                Error(key, $"未知的键 “{name}”；可用的键：{string.Join(", ", allowed)}。");
        }
    }

    public YamlNode? Get(YamlMappingNode map, string key)
        => map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public string? OptionalString(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null) return null;
        if (node is YamlScalarNode s) return s.Value ?? "";
        Error(node, $"“{key}” 应为文本。");
        return null;
    }

    public string RequiredString(YamlMappingNode map, string key)
    {
        var value = OptionalString(map, key);
        if (value is null && Get(map, key) is null) Error(map, $"缺少必填的键 “{key}”。");
        return value ?? "";
    }

    public bool Flag(YamlMappingNode map, string key)
    {
        var text = OptionalString(map, key);
        if (text is null) return false;
        if (bool.TryParse(text, out bool b)) return b;
        Error(Get(map, key)!, $"“{key}” 应为 true 或 false。");
        return false;
    }

    public IReadOnlyList<string> StringList(YamlMappingNode map, string key)
    {
        var result = new List<string>();
        foreach (var item in Sequence(Get(map, key), $"“{key}”"))
        {
            if (item is YamlScalarNode s) result.Add(s.Value ?? "");
            else Error(item, $"“{key}” 的每一项应为文本。");
        }
        return result;
    }
}
