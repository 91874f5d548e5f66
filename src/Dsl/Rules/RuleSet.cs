using GovInfo.Dsl.Errors;
using GovInfo.Dsl.Functions;
using GovInfo.Dsl.Syntax;
using GovInfo.Report.Files;
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
/// <remarks>
/// Files are read and compiled in parallel and merged in file order. Expressions already in <paramref name="expressions"/>
/// (the default pack's, parsed at build time) are not parsed again: most of a cold start was parsing them.
/// </remarks>
public sealed class RuleLoader(ReportTemplate template, FunctionRegistry functions, ExpressionCache? expressions = null)
{
    private readonly ExpressionCache _expressions = expressions ?? new ExpressionCache();

    public static readonly string[] Extensions = [".yaml", ".yml"];

    /// <summary>One rule file read and compiled: its rules (null where a rule did not compile), or why it was left out.</summary>
    private sealed record FileOutcome(string File, YamlReader? Reader, IReadOnlyList<(RuleSyntax Syntax, CompiledRule? Rule)> Rules, YamlError? Error, bool IsRuleFile);

    public RuleSet Load(IEnumerable<string> paths)
    {
        var errors = new List<YamlError>();
        var rules = new List<CompiledRule>();
        var files = new List<string>();
        var firstById = new Dictionary<string, (string Path, int Line)>();
        var compiler = new RuleCompiler(template, functions, _expressions);

        var entries = Expand(paths, errors);
        var outcomes = new FileOutcome?[entries.Count];
        Parallel.For(0, entries.Count, i => outcomes[i] = entries[i].Exists ? LoadFile(entries[i].File, entries[i].Explicit, compiler) : null);

        for (int i = 0; i < entries.Count; i++)
        {
            if (outcomes[i] is not { } outcome)
            {
                errors.Add(new YamlError(entries[i].File, 1, 1, DslErrorCodes.FileError, $"规则文件或文件夹不存在（找过 {DisplayPath.Of(Path.GetFullPath(entries[i].File))}）。"));
                continue;
            }
            if (outcome.Error is { } readError) errors.Add(readError);
            if (outcome.Reader is not { } reader) continue;
            if (outcome.IsRuleFile) files.Add(outcome.File);
            foreach (var (syntax, rule) in outcome.Rules)
            {
                var id = syntax.Descriptor.Id;
                bool duplicate = id.Length > 0 && firstById.ContainsKey(id);
                if (duplicate)
                    reader.Error(syntax.IdNode, $"规则编号 {id} 重复：已在 {firstById[id].Path}({firstById[id].Line}) 定义。", DslErrorCodes.DuplicateId);
                else if (id.Length > 0) firstById[id] = (outcome.File, syntax.Descriptor.SourceLine);
                if (rule is not null && !duplicate) rules.Add(rule);
            }
            errors.AddRange(InFileOrder(reader.Errors));
        }
        return new RuleSet(rules.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal).ToList(), errors, files);
    }

    private static FileOutcome LoadFile(string file, bool explicitlyNamed, RuleCompiler compiler)
    {
        string text;
        try
        {
            text = RegularFile.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileOutcome(file, null, [], new YamlError(file, 1, 1, DslErrorCodes.FileError, $"无法读取规则文件：{e.Message}"), false);
        }
        var reader = new YamlReader(file, DslErrorCodes.Shape, DslErrorCodes.MissingKey, DslErrorCodes.FileError);
        var root = reader.LoadRoot(text);
        if (root is not null && !RuleFileReader.IsRuleFile(root))
        {
            // A folder of rules may hold other YAML (the template); only a file named on the command line must be a rule file.
            if (explicitlyNamed) reader.Error(root, "这不是规则文件：缺少顶层的 rules: 列表。", DslErrorCodes.FileError);
            return new FileOutcome(file, reader, [], null, false);
        }
        var rules = RuleFileReader.Read(reader, root).Select(syntax => (syntax, compiler.Compile(syntax, reader))).ToList();
        return new FileOutcome(file, reader, rules, null, true);
    }

    private static IEnumerable<YamlError> InFileOrder(IEnumerable<YamlError> errors) => errors.OrderBy(e => e.Line).ThenBy(e => e.Column);

    /// <summary>The rule files named and those in the folders named; a folder that cannot be walked in full says so in <paramref name="errors"/>.</summary>
    private static List<(string File, bool Explicit, bool Exists)> Expand(IEnumerable<string> paths, List<YamlError> errors)
    {
        var entries = new List<(string File, bool Explicit, bool Exists)>();
        foreach (var path in paths)
        {
            if (BuiltinFiles.IsFolder(path))
            {
                entries.AddRange(BuiltinFiles.FilesUnder(path).Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)).Select(f => (f, false, true)));
            }
            else if (Directory.Exists(path))
            {
                var found = new List<string>();
                var walkErrors = new List<(string Path, string Message)>();
                FolderWalk.Collect(path, f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase), found, walkErrors);
                errors.AddRange(walkErrors.Select(e => new YamlError(e.Path, 1, 1, DslErrorCodes.FileError, e.Message)));
                entries.AddRange(found.Order(StringComparer.Ordinal).Select(f => (f, false, true)));
            }
            else entries.Add((path, true, File.Exists(path) || BuiltinFiles.IsFile(path)));
        }
        return entries;
    }
}
