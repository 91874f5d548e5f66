using BenchmarkDotNet.Attributes;
using GovInfo.Report.Documents;
using GovInfo.Report.Formats.Pdf;

namespace GovInfo.Bench;

/// <summary>
/// BenchmarkDotNet: reading a five-page PDF report (../shared/real/hongze-gov-2023.pdf, WPS, ruled tables) into a
/// Document, single-threaded; the target is at most 150 ms in steady state.
/// </summary>
[MemoryDiagnoser]
public class PdfReadBenchmark
{
    private byte[] _bytes = [];
    private readonly PdfFormat _format = new();

    [GlobalSetup]
    public void Setup() => _bytes = File.ReadAllBytes(Find("shared/real/hongze-gov-2023.pdf"));

    [Benchmark(Description = "read a 5-page PDF")]
    public Document Read() => _format.TryRead(_bytes, "hongze-gov-2023.pdf", out var document, out var error) ? document : throw new InvalidOperationException(error);

    /// <summary>The file at <paramref name="relative"/> beside a folder above the benchmark (the repository's ../shared).</summary>
    private static string Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }
}
