using System.Text;
using BenchmarkDotNet.Attributes;
using GovInfo.Corpus;
using GovInfo.Dsl.Functions;
using GovInfo.Dsl.Rules;
using GovInfo.Dsl.Runtime;
using GovInfo.Linter.Engine;
using GovInfo.Report.Binding;
using GovInfo.Report.Formats.Markdown;
using GovInfo.Report.Formats.Text;
using GovInfo.Report.Reading;
using GovInfo.Report.Template;
using GovInfo.Report.Text;

namespace GovInfo.Bench;

/// <summary>BenchmarkDotNet: one rule of the default pack on the same generated report as <see cref="StageBenchmarks"/> ("none": building the report view alone).</summary>
[MemoryDiagnoser]
public class RuleBenchmarks
{
    private CompiledRule? _rule;
    private Report.Binding.Report _report = null!;

    [Params("none", "GI2003", "GI3002", "GI3003", "GI6006", "GI4003", "GI1005", "GI6004", "GI1002")]
    public string Rule { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var generated = new CorpusGenerator(seed: 3, defectShare: 1, markdownShare: 0).Generate(1).Single();
        var template = TemplateLoader.LoadDefault();
        var source = SourceDecoder.Decode(Encoding.UTF8.GetBytes(generated.Text), "report.txt");
        var document = new DocumentReader([], [new PlainTextReader(), new MarkdownReader()]).Read(source);
        _report = new TemplateBinder(template).Bind(document);
        _rule = new RuleLoader(template, FunctionRegistry.Builtin).Load([DefaultRules.Folder()]).Rules.SingleOrDefault(r => r.Descriptor.Id == Rule);
    }

    [Benchmark]
    public int Evaluate() => _rule is null ? new ReportView(_report).Sentences.Count : _rule.Evaluate(new ReportView(_report)).Count;
}
