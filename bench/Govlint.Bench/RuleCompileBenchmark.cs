using System.Diagnostics;
using System.Text;
using GovInfo.Dsl.Functions;
using GovInfo.Dsl.Rules;
using GovInfo.Report.Template;

namespace GovInfo.Bench;

/// <summary>Times parsing and compiling N generated rules (assert, forbid, require; lets, loops, lambdas, labels, regexes).</summary>
public static class RuleCompileBenchmark
{
    public static void Run(int count, int repeats)
    {
        var template = TemplateLoader.LoadDefault();
        string folder = Path.Combine(Path.GetTempPath(), $"govlint-bench-rules-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        try
        {
            const int perFile = 50;
            for (int file = 0; file * perFile < count; file++)
                File.WriteAllText(Path.Combine(folder, $"rules-{file:D3}.yaml"), Generate(file * perFile, Math.Min(perFile, count - file * perFile)));

            var times = new List<double>();
            for (int i = 0; i < repeats; i++)
            {
                var watch = Stopwatch.StartNew();
                var set = new RuleLoader(template, FunctionRegistry.Builtin).Load([folder]);
                watch.Stop();
                if (set.HasErrors) throw new InvalidOperationException(set.Errors[0].Render());
                if (set.Rules.Count != count) throw new InvalidOperationException($"compiled {set.Rules.Count} of {count}");
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"rules: {count} rules, parse + type-check + compile: first run {times[0]:F0} ms, best of {repeats} {times.Min():F0} ms, median {times.Order().ElementAt(times.Count / 2):F0} ms");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Generate(int first, int count)
    {
        var sb = new StringBuilder("rules:\n");
        for (int i = first; i < first + count; i++)
        {
            sb.Append($$"""
                  - id: GB{{i:D4}}
                    title: 生成的规则 {{i}}
                    severity: warning
                    category: 基准
                    description: 基准测试生成的规则。
                    examples: { invalid: [甲], valid: [乙] }

                """);
            sb.Append((i % 3) switch
            {
                0 => $$"""
                        scope: table
                        table: applications
                        for: c in table.columns
                        let:
                          a: table["本年新收", c] + table["上年结转", c]
                          b: table["（七）总计", c] + table["结转下年度继续办理", c]
                        assert: a == b or a - b == {{i % 7}}
                        message: "“{c.label}”列：{a} ≠ {b}"

                    """,
                1 => $$"""
                        scope: sentence
                        forbid: /(?<=[\u4e00-\u9fff])(?:的的|{{i}}号)(?=[\u4e00-\u9fff])/
                        unless: text contains "《"
                        message: 第 {{i}} 条：{match.text}
                        fix: 的

                    """,
                _ => $$"""
                        scope: section
                        where: section.number == {{i % 6 + 1}} and section.found
                        require: /处理费|收费|{{i}}/
                        at: section.heading
                        message: "第 {section.number} 部分：count = {count(section.sentences, s => s.text matches /年/)}"

                    """,
            });
        }
        return sb.ToString();
    }
}
