// Build step of src/Linter: parses every expression of the default rule pack and writes the table that
// govlint loads instead of parsing them again at each start.
//   govlint-precompile RULES_FOLDER TEMPLATE_YAML OUTPUT
using GovInfo.Dsl.Functions;
using GovInfo.Dsl.Rules;
using GovInfo.Dsl.Syntax;
using GovInfo.Report.Template;

if (args.Length != 3)
{
    Console.Error.WriteLine("usage: govlint-precompile RULES_FOLDER TEMPLATE_YAML OUTPUT");
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

using var table = new MemoryStream();
cache.Save(table);
byte[] bytes = table.ToArray();
// Unchanged bytes leave the file alone, so the build stays incremental.
if (File.Exists(output) && File.ReadAllBytes(output).AsSpan().SequenceEqual(bytes)) return 0;
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
File.WriteAllBytes(output, bytes);
Console.WriteLine($"govlint-precompile: {set.Rules.Count} 条规则、{cache.Count} 个表达式、{set.Errors.Count} 个错误 → {output}");
return 0;
