using GovInfo.Corpus;

namespace GovInfo.Bench;

/// <summary><c>generate --count N --seed S --out DIR [--defects 0.5]</c>: writes a corpus with expected findings beside each report.</summary>
public static class GenerateCommand
{
    public static int Run(string[] args)
    {
        string Value(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        int count = int.Parse(Value("--count", "1000"));
        int seed = int.Parse(Value("--seed", "1"));
        double defects = double.Parse(Value("--defects", "0.5"), System.Globalization.CultureInfo.InvariantCulture);
        string output = Value("--out", "corpus");
        CorpusGenerator.WriteTo(output, new CorpusGenerator(seed, defects).Generate(count));
        Console.WriteLine($"generated {count} reports (seed {seed}, defect share {defects}) in {output}");
        return 0;
    }
}
