using DiffPlex.Renderer;
using GovInfo.Linter.Engine;
using GovInfo.Report.Files;
using GovInfo.Report.Reading;
using GovInfo.Report.Text;
using GovInfo.Report.Yaml;

namespace GovInfo.Linter.Fixes;

/// <summary>What fixing one file did: how many fixes, the diff (dry run), or why the file could not be fixed.</summary>
public sealed record FixOutcome(string Path, int Applied, string? Diff, string? Error)
{
    /// <summary>Where the fixed copy was written when not over the original (<c>-o</c>).</summary>
    public string? Output { get; init; }

    /// <summary>Where the original was kept before it was replaced (<c>--backup</c>).</summary>
    public string? Backup { get; init; }
}

/// <summary>
/// Where <c>fix</c> writes: over the original (the default), or a copy at <see cref="Output"/> (one file only; written
/// even when nothing needed fixing); <see cref="Backup"/> keeps the original as <c>NAME.bak</c> before it is replaced;
/// an existing copy or backup is replaced only with <see cref="Force"/>.
/// </summary>
public sealed record FixTarget(string? Output = null, bool Backup = false, bool Force = false)
{
    public const string BackupSuffix = ".bak";

    public static FixTarget InPlace { get; } = new();
}

/// <summary>
/// Applies every available fix to each file, re-linting between passes until nothing is left to fix,
/// so a second run changes nothing. A text file keeps its encoding, byte order mark and line endings; a
/// .docx or HTML file is edited in place (only the text that changes) through its format. The file is
/// replaced atomically, and a file with no fix is never written. A dry run returns a unified diff instead
/// (of the text govlint reads, for .docx and HTML).
/// </summary>
public sealed class FixRunner(LintRunner runner, DocumentReader reader)
{
    public const int MaxPasses = 10;

    public IReadOnlyList<FixOutcome> Fix(LintOptions options, bool dryRun, FixTarget? target = null) => FixEach(options, dryRun, target).ToList();

    /// <summary>
    /// Fixes file after file, handing out each outcome as soon as that file is done (so a run that is stopped
    /// has already said which files it changed); a bug while fixing one file is that file's error, and the
    /// others are still fixed.
    /// </summary>
    public IEnumerable<FixOutcome> FixEach(LintOptions options, bool dryRun, FixTarget? target = null)
    {
        target ??= FixTarget.InPlace;
        var files = InputFiles.Expand(options.Paths, reader, out var pathErrors);
        foreach (var (path, message) in pathErrors) yield return new FixOutcome(path, 0, null, message);
        if (target.Output is not null && files.Count != 1)
        {
            yield return new FixOutcome(target.Output, 0, null, $"-o 只能用于一个文件（这里有 {files.Count} 个），未修改任何文件。");
            yield break;
        }
        foreach (var file in files) yield return FixFileSafely(file, options, dryRun, target);
    }

    private FixOutcome FixFileSafely(string file, LintOptions options, bool dryRun, FixTarget target)
    {
        try
        {
            return FixFile(file, options, dryRun, target);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or RuleSetException or YamlFileException or Baselines.BaselineException))
        {
            return new FixOutcome(file, 0, null, $"内部错误（{e.GetType().Name}：{e.Message}），未修改此文件；请将此文件报告给 govlint 维护者。");
        }
    }

    private FixOutcome FixFile(string file, LintOptions options, bool dryRun, FixTarget target)
    {
        if (!ReportBytes.TryRead(file, out var bytes, out var readError)) return new FixOutcome(file, 0, null, readError);
        if (!reader.TryRead(bytes, file, out var document, out var error)) return new FixOutcome(file, 0, null, error);
        if (document.Source.Map?.ReadOnlyReason is { } readOnly) return new FixOutcome(file, 0, null, $"{readOnly}，文件未改动。");

        var config = runner.ConfigFor(file, options);
        var original = document.Source;
        var current = bytes;
        int total = 0;
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            var diagnostics = runner.LintDocument(document, config, options).Diagnostics;
            if (!FixPass.TryApply(reader, document, current, diagnostics, out var written, out var writeError))
                return new FixOutcome(file, 0, null, writeError);
            if (written.Applied == 0) break;
            total += written.Applied;
            current = written.Bytes;
            document = written.Document;
        }
        if (target.Output is { } output && !dryRun) return WriteCopy(file, output, current, total, target.Force);
        if (total == 0) return new FixOutcome(file, 0, null, null);
        if (dryRun)
        {
            string path = DisplayPath.Of(file);
            return new FixOutcome(file, total, new UnidiffRenderer().Generate(original.Text, document.Source.Text, $"a/{path}", $"b/{path}", ignoreWhitespace: false), null);
        }
        string? backup = null;
        try
        {
            if (target.Backup)
            {
                backup = file + FixTarget.BackupSuffix;
                AtomicFile.Write(backup, bytes, overwrite: target.Force);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FixOutcome(file, 0, null, $"无法写入备份 {DisplayPath.Of(backup!)}（原文件未改动）：{e.Message}");
        }
        try
        {
            AtomicFile.Write(file, current, expected: bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FixOutcome(file, 0, null, $"无法写入修复后的文件（原文件未改动）：{e.Message}") { Backup = backup };
        }
        return new FixOutcome(file, total, null, null) { Backup = backup };
    }

    /// <summary>The fixed bytes written to <paramref name="output"/> (the original only read), unless a file there may not be replaced.</summary>
    private static FixOutcome WriteCopy(string file, string output, byte[] fixedBytes, int total, bool force)
    {
        if (FinalPath.Of(output) == FinalPath.Of(file))
            return new FixOutcome(file, 0, null, "-o 指向原文件本身：要就地修复，请不加 -o。");
        try
        {
            AtomicFile.Write(output, fixedBytes, overwrite: force);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FixOutcome(file, 0, null, $"{DisplayPath.Of(output)}：{e.Message}");
        }
        return new FixOutcome(file, total, null, null) { Output = output };
    }
}
