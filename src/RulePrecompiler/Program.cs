// Build step of src/Linter: parses every expression of the default rule pack and writes the table that
// govlint loads instead of parsing them again at each start; with YAML_OUTPUT, also the parsing events of the pack's
// YAML files (rules and template), from which govlint builds their trees without scanning them.
//   govlint-precompile RULES_FOLDER TEMPLATE_YAML OUTPUT [YAML_OUTPUT]
using GovInfo.Dsl.Functions;
using GovInfo.Dsl.Rules;
using GovInfo.Dsl.Syntax;
using GovInfo.Report.Files;
using GovInfo.Report.Template;
using GovInfo.Report.Yaml;

if (args.Length is not (3 or 4))
{
    Console.Error.WriteLine("usage: govlint-precompile RULES_FOLDER TEMPLATE_YAML OUTPUT [YAML_OUTPUT]");
    return 2;
}
var (rules, templatePath, output) = (args[0], args[1], args[2]);

var cache = new ExpressionCache();
// Rule errors do not stop the build: `govlint rules check` is where policy staff see them, and it must
// still run. Whatever parsed goes into the table; the rest is parsed (and reported) at run time.
RuleSet set;
try
{
    set = new RuleLoader(TemplateLoader.Load(templatePath), FunctionRegistry.Builtin, cache).Load([rules]);
}
catch (Exception e)
{
    // A broken template is govlint's to report; an empty table only means every expression is parsed at start.
    Console.WriteLine($"govlint-precompile: 未能加载模板或规则（{e.Message}），表达式表为空。");
    set = new RuleSet([], [], []);
}

using (var table = new MemoryStream())
{
    cache.Save(table);
    if (WriteIfChanged(output, table.ToArray()))
        Console.WriteLine($"govlint-precompile: {set.Rules.Count} 条规则、{cache.Count} 个表达式、{set.Errors.Count} 个错误 → {output}");
}
if (args.Length == 4)
{
    // A file with an error is left out: govlint reads it (and reports the error) as it reads any other.
    var events = new YamlEventTable();
    var files = Directory.GetFiles(rules, "*.yaml", SearchOption.AllDirectories).Append(templatePath)
        .Select(Path.GetFullPath).Distinct().Order(StringComparer.Ordinal).ToList();
    int recorded = files.Count(file => events.Add(RegularFile.ReadAllText(file)));
    using var table = new MemoryStream();
    events.Save(table);
    if (WriteIfChanged(args[3], table.ToArray()))
        Console.WriteLine($"govlint-precompile: {recorded} 个 YAML 文件的解析事件（共 {files.Count} 个）→ {args[3]}");
}
return 0;

// Unchanged bytes leave the file alone, so the build stays incremental.
static bool WriteIfChanged(string path, byte[] bytes)
{
    if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes)) return false;
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
    File.WriteAllBytes(path, bytes);
    return true;
}
