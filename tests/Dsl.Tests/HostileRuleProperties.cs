using CsCheck;
using GovInfo.Dsl.Functions;
using GovInfo.Dsl.Rules;
using GovInfo.Dsl.Syntax;
using GovInfo.Report.Yaml;
using GovInfo.Tests;

namespace GovInfo.Dsl.Tests;

/// <summary>
/// Property tests on generated hostile rule input (issue 17): the expression parser and the rule-file loader (YAML, rule
/// shapes, compilation) give an AST, rules or located errors for any text — never an exception. The number of cases is
/// <see cref="PropertyRuns"/>' (GOVLINT_PROPERTY_ITERATIONS).
/// </summary>
public class HostileRuleProperties
{
    // Number literals stay under 21 digits: a literal beyond decimal's range (issue 17, F9) is the expression
    // evaluation helper's, tested there.
    private static readonly Gen<string> ExpressionToken = Gen.OneOf(
        Gen.OneOfConst("(", ")", "[", "]", ",", ".", " ", "and", "or", "not", "==", "!=", "<=", ">", "+", "-", "*", "/", "%", "=>", "?", ":",
            "matches", "contains", "in", "true", "null", "\"", "'", "\\", "\"文本\"", "'/a+/'", "sum", "count(", "all(", "paragraphs", "p", "x",
            "table", "row", "cell", "text", "title.text", "round(", "len(", "let", "𠮷", "\0", "\n", "\t"),
        Gen.Long[0, long.MaxValue].Select(n => n.ToString()),
        Gen.Select(Gen.OneOfConst("(", "[", "not ", "-", "all(paragraphs, p => "), Gen.Int[1, 200]).Select((open, depth) => string.Concat(Enumerable.Repeat(open, depth))));

    private static readonly Gen<string> Expression = ExpressionToken.Array[0, 40]
        .Select(tokens => System.Text.RegularExpressions.Regex.Replace(string.Concat(tokens), @"\d{21,}", m => m.Value[..20]));

    [Fact]
    public void The_expression_parser_gives_an_ast_or_a_located_error_for_any_text()
    {
        long iterations = PropertyRuns.Iterations(2000);
        Gen.OneOf(Expression, Gen.String).Sample(text =>
        {
            var expr = ExpressionParser.Parse(text, out var error);
            Assert.True(expr is not null || error is not null);
            if (error is not null) Assert.InRange(error.Start, 0, text.Length);
            PropertyRuns.AssertMemoryBounded();
        }, iter: iterations, threads: PropertyRuns.Threads);
        PropertyRuns.Report(nameof(The_expression_parser_gives_an_ast_or_a_located_error_for_any_text), iterations);
    }

    private static readonly Gen<string> Scalar = Gen.OneOf(
        Gen.OneOfConst("GI3001", "GX0001", "gi3001", "error", "warning", "info", "loud", "document", "paragraph", "table", "row", "cell", "sentence",
            "true", "[]", "{}", "~", "''", "|\n      多行", "applications", "results", "\"\\u0000\""),
        Expression.Select(e => "'" + e.Replace("'", "''") + "'"));

    private static readonly Gen<string> RuleEntry = Gen.Select(Gen.OneOfConst(RuleFileReader.RuleKeys.Append("bogus").ToArray()), Scalar)
        .Select((key, value) => $"    {key}: {value}\n").Array[0, 12]
        .Select(lines => "  - " + string.Concat(lines).TrimStart());

    private static readonly Gen<string> RuleFile = Gen.OneOf(
        RuleEntry.Array[0, 4].Select(rules => "rules:\n" + string.Join("\n", rules) + "\n"),
        Gen.Select(RuleEntry, Gen.OneOfConst("---\nrules: []\n", "&a x: *a\n", "description: " + new string('长', 3000) + "\n")).Select((rule, tail) => "rules:\n" + rule + "\n" + tail),
        Gen.String.Select(s => "rules:\n  - " + s));

    [Fact]
    public void The_rule_loader_gives_rules_or_located_errors_for_any_rule_file()
    {
        long iterations = PropertyRuns.Iterations(150);
        var compiler = new RuleCompiler(Reports.Template, FunctionRegistry.Builtin);
        RuleFile.Sample(text =>
        {
            var reader = new YamlReader("r.yaml", Errors.DslErrorCodes.Shape);
            var root = reader.LoadRoot(text);
            var compiled = root is null ? [] : RuleFileReader.Read(reader, root).Select(syntax => compiler.Compile(syntax, reader)).ToList();
            Assert.True(reader.Errors.Count > 0 || compiled.All(r => r is not null));
            foreach (var error in reader.Errors) Assert.InRange(error.Render().Length, 1, 2000);
            PropertyRuns.AssertMemoryBounded();
        }, iter: iterations, threads: PropertyRuns.Threads);
        PropertyRuns.Report(nameof(The_rule_loader_gives_rules_or_located_errors_for_any_rule_file), iterations);
    }
}
