using System.Text;
using BenchmarkDotNet.Attributes;
using GovInfo.Corpus;
using GovInfo.Dsl.Functions;
using GovInfo.Dsl.Rules;
using GovInfo.Linter.Engine;
using GovInfo.Report.Binding;
using GovInfo.Report.Documents;
using GovInfo.Report.Formats.Markdown;
using GovInfo.Report.Formats.Text;
using GovInfo.Report.Reading;
using GovInfo.Report.Template;
using GovInfo.Report.Text;

namespace GovInfo.Bench;

/// <summary>BenchmarkDotNet benchmarks of the stages on one generated report (plain text, with a defect).</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private byte[] _bytes = [];
    private SourceText _source = null!;
    private Document _document = null!;
    private Report.Binding.Report _report = null!;
    private DocumentReader _readers = null!;
    private TemplateBinder _binder = null!;
    private ReportTemplate _template = null!;
    private LintEngine _engine = null!;
    private string _rules = "";

    [GlobalSetup]
    public void Setup()
    {
        var generated = new CorpusGenerator(seed: 3, defectShare: 1, markdownShare: 0).Generate(1).Single();
        _bytes = Encoding.UTF8.GetBytes(generated.Text);
        _template = TemplateLoader.LoadDefault();
        _readers = new DocumentReader([], [new PlainTextReader(), new MarkdownReader()]);
        _binder = new TemplateBinder(_template);
        _source = SourceDecoder.Decode(_bytes, "report.txt");
        _document = _readers.Read(_source);
        _report = _binder.Bind(_document);
        _rules = DefaultRules.Folder();
        _engine = new LintEngine(new RuleLoader(_template, FunctionRegistry.Builtin).Load([_rules]));
    }

    [Benchmark(Description = "decode + read")]
    public Document DecodeAndRead()
    {
        var source = SourceDecoder.Decode(_bytes, "report.txt");
        return _readers.Read(source);
    }

    [Benchmark(Description = "template binding")]
    public Report.Binding.Report Bind() => _binder.Bind(_document);

    [Benchmark(Description = "rule compile (default pack)")]
    public RuleSet Compile() => new RuleLoader(_template, FunctionRegistry.Builtin).Load([_rules]);

    [Benchmark(Description = "rule evaluation per report")]
    public int Evaluate() => _engine.Lint(_report, r => r.Severity).Count;
}
