using GovInfo.Dsl.Functions;
using GovInfo.Report.Template;
using GovInfo.Report.Yaml;

namespace GovInfo.Dsl.Rules;

/// <summary>All compiled rules of one run, and every error found in any rule file.</summary>
public sealed class RuleSet(IReadOnlyList<CompiledRule> rules, IReadOnlyList<YamlError> errors, IReadOnlyList<string> files)
{
    public IReadOnlyList<CompiledRule> Rules { get; } = rules;
    public IReadOnlyList<YamlError> Errors { get; } = errors;
    public IReadOnlyList<string> Files { get; } = files;
    public bool HasErrors => Errors.Count > 0;

    public CompiledRule? Find(string id) => Rules.FirstOrDefault(r => r.Descriptor.Id == id);
}

/// <summary>Loads rule files and folders, compiles every rule, and reports all errors of all files in one pass.</summary>
public sealed class RuleLoader(ReportTemplate template, FunctionRegistry functions)
{
    public static readonly string[] Extensions = [".yaml", ".yml"];

    public RuleSet Load(IEnumerable<string> paths)
    {
        var errors = new List<YamlError>();
        var rules = new List<CompiledRule>();
        var files = new List<string>();
        var firstById = new Dictionary<string, (string Path, int Line)>();
        var compiler = new RuleCompiler(template, functions);

        foreach (var (file, explicitlyNamed) in Expand(paths, errors))
        {
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add(new YamlError(file, 1, 1, DslErrorCodes.FileError, $"无法读取规则文件：{e.Message}"));
                continue;
            }
            var reader = new YamlReader(file, DslErrorCodes.Shape, DslErrorCodes.MissingKey, DslErrorCodes.FileError);
            var root = reader.LoadRoot(text);
            if (root is not null && !RuleFileReader.IsRuleFile(root))
            {
                // A folder of rules may hold other YAML (the template); only a file named on the command line must be a rule file.
                if (explicitlyNamed) reader.Error(root, "这不是规则文件：缺少顶层的 rules: 列表。", DslErrorCodes.FileError);
                errors.AddRange(InFileOrder(reader.Errors));
                continue;
            }
            files.Add(file);
            foreach (var syntax in RuleFileReader.Read(reader, root))
            {
                var id = syntax.Descriptor.Id;
                bool duplicate = id.Length > 0 && firstById.ContainsKey(id);
                if (duplicate)
                    reader.Error(syntax.IdNode, $"规则编号 {id} 重复：已在 {firstById[id].Path}({firstById[id].Line}) 定义。", DslErrorCodes.DuplicateId);
                else if (id.Length > 0) firstById[id] = (file, syntax.Descriptor.SourceLine);
                if (compiler.Compile(syntax, reader) is { } rule && !duplicate) rules.Add(rule);
            }
            errors.AddRange(InFileOrder(reader.Errors));
        }
        return new RuleSet(rules.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal).ToList(), errors, files);
    }

    private static IEnumerable<YamlError> InFileOrder(IEnumerable<YamlError> errors) => errors.OrderBy(e => e.Line).ThenBy(e => e.Column);

    private static IEnumerable<(string File, bool Explicit)> Expand(IEnumerable<string> paths, List<YamlError> errors)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                             .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                             .Order(StringComparer.Ordinal))
                    yield return (file, false);
            }
            else if (File.Exists(path)) yield return (path, true);
            else errors.Add(new YamlError(path, 1, 1, DslErrorCodes.FileError, "规则文件或文件夹不存在。"));
        }
    }
}
