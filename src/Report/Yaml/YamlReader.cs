using GovInfo.Report.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace GovInfo.Report.Yaml;

/// <summary>
/// Reads a YAML file through YamlDotNet's representation model, checking node shapes and collecting
/// every error at its line and column instead of throwing at the first.
/// </summary>
public sealed class YamlReader(string path, string errorCode, string? missingKeyCode = null, string? fileErrorCode = null)
{
    /// <summary>Larger files are refused before parsing.</summary>
    public const int MaxFileLength = 1 << 20;

    /// <summary>How deeply mappings and lists may nest; rule, template and config files need a handful of levels.</summary>
    public const int MaxDepth = 64;

    private readonly List<YamlError> _errors = [];

    public string Path { get; } = path;
    public IReadOnlyList<YamlError> Errors => _errors;

    /// <summary>The file's text with a line index, once <see cref="LoadRoot"/> has run.</summary>
    public SourceText? File { get; private set; }

    public YamlNode? LoadRoot(string text)
    {
        File = new SourceText(text, Path);
        if (text.Length > MaxFileLength)
        {
            Error(1, 1, $"文件过大（{text.Length} 个字符，上限 {MaxFileLength}）。", fileErrorCode);
            return null;
        }
        // The default pack's files, recorded at build time after these same checks: their tree without scanning them.
        if (YamlEventTable.Known?.TryLoad(text) is { } recorded) return recorded;
        var stream = new YamlStream();
        Mark last = Mark.Empty;
        try
        {
            // One linear pass over the events before the tree is built: aliases, nesting depth and extra documents are
            // refused here, so neither the (recursive) tree loader nor a rule ever sees them.
            var parser = new Parser(new StringReader(text));
            int documents = 0;
            // Per open collection: whether it is a mapping, and how many nodes it holds so far.
            var open = new Stack<(bool Mapping, int Nodes, Mark Start)>();
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                last = current.End;
                if (current is NodeEvent && open.TryPop(out var parent)) open.Push(parent with { Nodes = parent.Nodes + 1 });
                switch (current)
                {
                    case AnchorAlias alias:
                        // Anchors and aliases could make a small file expand without bound when walked; data files do not need them.
                        Error((int)alias.Start.Line, (int)alias.Start.Column, $"不支持 YAML 别名（*{alias.Value}）：请直接写出内容。", fileErrorCode);
                        return null;
                    case MappingStart or SequenceStart when open.Count >= MaxDepth:
                        Error((int)current.Start.Line, (int)current.Start.Column, $"嵌套过深：映射和列表最多嵌套 {MaxDepth} 层（嵌套深度上限）。", fileErrorCode);
                        return null;
                    case MappingStart or SequenceStart:
                        open.Push((current is MappingStart, 0, current.Start));
                        break;
                    case MappingEnd or SequenceEnd:
                        // YamlDotNet's parser can end a mapping after a key without its value (a line “: 值” with no key),
                        // which its tree loader then rejects with an internal error: said here, where it is.
                        if (open.Pop() is { Mapping: true, Nodes: var nodes, Start: var start } && nodes % 2 == 1)
                        {
                            Error((int)start.Line, (int)start.Column, "YAML 语法错误：这个映射里有一个键缺少值，或一个值缺少键（如一行只写 “: 值”）。", fileErrorCode);
                            return null;
                        }
                        break;
                    case DocumentStart when ++documents > 1:
                        Error((int)current.Start.Line, (int)current.Start.Column, "文件只能有一个 YAML 文档：此处的 --- 开始了第二个文档，它不会被读取；请删去 --- 或把内容拆成两个文件。", fileErrorCode);
                        return null;
                }
            }
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            Error((int)e.Start.Line, (int)e.Start.Column, $"YAML 语法错误：{YamlError.Shorten(e.Message)}", fileErrorCode);
            return null;
        }
        catch (ArgumentException)
        {
            // YamlDotNet throws this way on an invalid tag (!!x+y) and on node shapes its tree loader does not take.
            Error((int)last.Line, (int)last.Column, "YAML 语法错误：此处之后的内容无法解析（多半是无效的标签 ! 或 !!，或缺少键或值）。", fileErrorCode);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some broken flow collections; the last good event locates it.
            Error((int)last.Line, (int)last.Column, "YAML 语法错误：此处之后的内容无法解析（多半是未闭合的 [ 或 {）。", fileErrorCode);
            return null;
        }
        if (stream.Documents.Count == 0)
        {
            Error(1, 1, "文件为空。", fileErrorCode);
            return null;
        }
        return stream.Documents[0].RootNode;
    }

    public void Error(YamlNode node, string message, string? code = null)
        => Error((int)node.Start.Line, (int)node.Start.Column, message, code);

    /// <summary>An error at a line and column; every value the message quotes in “…” is cut to <see cref="YamlError.QuoteLength"/> characters.</summary>
    public void Error(int line, int column, string message, string? code = null)
        => _errors.Add(new YamlError(Path, line, column, code ?? errorCode, ShortenQuotes(message)) { Excerpt = YamlError.MakeExcerpt(File, line, column) });

    private static string ShortenQuotes(string message)
    {
        var text = new System.Text.StringBuilder(Math.Min(message.Length, 1024));
        int position = 0;
        while (message.IndexOf('“', position) is int open and >= 0 && message.IndexOf('”', open + 1) is int close and >= 0)
        {
            text.Append(message, position, open + 1 - position).Append(YamlError.Shorten(message[(open + 1)..close])).Append('”');
            position = close + 1;
        }
        return text.Append(message, position, message.Length - position).ToString();
    }

    /// <summary>An error at a character offset of the file.</summary>
    public void ErrorAt(int offset, string message, string? code = null)
    {
        var position = File!.GetLinePosition(Math.Clamp(offset, 0, File.Length));
        Error(position.Line, position.Column, message, code);
    }

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
        if (value is null && Get(map, key) is null) Error(map, $"缺少必填的键 “{key}”。", missingKeyCode);
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
