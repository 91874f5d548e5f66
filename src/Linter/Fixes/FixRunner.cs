using DiffPlex.Renderer;
using GovInfo.Linter.Engine;
using GovInfo.Report.Text;

namespace GovInfo.Linter.Fixes;

/// <summary>What fixing one file did: how many fixes, the diff (dry run), or why the file could not be fixed.</summary>
public sealed record FixOutcome(string Path, int Applied, string? Diff, string? Error);

/// <summary>
/// Applies every available fix to each file, re-linting between passes until nothing is left to fix,
/// so a second run changes nothing. The file keeps its encoding, byte order mark and line endings and is
/// replaced atomically; a file with no fix is never written. A dry run returns a unified diff instead.
/// </summary>
public sealed class FixRunner(LintRunner runner, IEnumerable<Report.Reading.IReportReader> readers)
{
    public const int MaxPasses = 10;

    public IReadOnlyList<FixOutcome> Fix(LintOptions options, bool dryRun)
    {
        var files = InputFiles.Expand(options.Paths, readers, out var pathErrors);
        var outcomes = pathErrors.Select(e => new FixOutcome(e.Path, 0, null, e.Message)).ToList();
        foreach (var file in files) outcomes.Add(FixFile(file, options, dryRun));
        return outcomes;
    }

    private FixOutcome FixFile(string file, LintOptions options, bool dryRun)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FixOutcome(file, 0, null, e is FileNotFoundException or DirectoryNotFoundException ? "文件不存在。" : $"无法读取文件：{e.Message}");
        }
        if (!SourceDecoder.TryDecode(bytes, file, out var original, out var error)) return new FixOutcome(file, 0, null, error);

        var config = runner.ConfigFor(file, options);
        var source = original;
        int total = 0;
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            var result = runner.LintSource(source, config, options);
            var (text, applied) = FixApplier.Apply(source, result.Diagnostics);
            if (applied == 0) break;
            total += applied;
            source = new SourceText(text, file, original.Encoding, original.HadByteOrderMark);
        }
        if (total == 0) return new FixOutcome(file, 0, null, null);
        if (dryRun)
        {
            string path = file.Replace('\\', '/');
            return new FixOutcome(file, total, new UnidiffRenderer().Generate(original.Text, source.Text, $"a/{path}", $"b/{path}", ignoreWhitespace: false), null);
        }
        try
        {
            AtomicFile.Write(file, FixApplier.Encode(original, source.Text));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FixOutcome(file, 0, null, $"无法写入修复后的文件（原文件未改动）：{e.Message}");
        }
        return new FixOutcome(file, total, null, null);
    }
}
