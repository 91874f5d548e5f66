using System.Diagnostics.CodeAnalysis;
using GovInfo.Linter.Engine;
using GovInfo.Linter.Fixes;
using GovInfo.Report.Files;
using GovInfo.Report.Formats.Docx;
using GovInfo.Report.Reading;
using GovInfo.Report.Yaml;

namespace GovInfo.Linter.Review;

/// <summary>What reviewing one file did: where the reviewed copy went and what it holds, or why there is none.</summary>
public sealed record ReviewOutcome(string Path, string? Output, ReviewedCopy? Copy, string? Error);

/// <summary>
/// <c>govlint review</c>: for each report, lints it and writes a reviewed copy (<see cref="ReviewWriter"/>), by default
/// <c>NAME.govlint.docx</c> beside it. The original is only read; an existing file is never replaced without
/// <c>force</c>, and the original never.
/// </summary>
public sealed class ReviewRunner(LintRunner runner, DocumentReader reader)
{
    public const string Suffix = ".govlint.docx";

    /// <summary>Where the reviewed copy of <paramref name="file"/> goes by default: <c>NAME.govlint.docx</c> in its folder.</summary>
    public static string DefaultOutput(string file)
        => Path.Combine(Path.GetDirectoryName(file) ?? "", Path.GetFileNameWithoutExtension(file) + Suffix);

    /// <param name="options">What to review (paths, config, rules).</param>
    /// <param name="output">A file (one input) or an existing folder the copies go to; null for beside each input.</param>
    /// <param name="force">Whether an existing file at the output may be replaced.</param>
    /// <param name="date">The date comments and changes carry.</param>
    public IEnumerable<ReviewOutcome> ReviewEach(LintOptions options, string? output, bool force, DateTime date)
    {
        var files = InputFiles.Expand(options.Paths, reader, out var pathErrors);
        foreach (var (path, message) in pathErrors) yield return new ReviewOutcome(path, null, null, message);
        bool intoFolder = output is not null && (files.Count > 1 || FileStatus.Of(output).Kind == FileKind.Directory);
        if (output is not null && files.Count > 1 && !intoFolder)
        {
            yield return new ReviewOutcome(output, null, null, "审阅多个文件时，-o 须是一个已有的文件夹。");
            yield break;
        }
        foreach (var file in files)
        {
            if (file.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase))
            {
                yield return new ReviewOutcome(file, null, null, "这是 govlint 生成的审阅稿，已跳过。");
                continue;
            }
            string target = output is null ? DefaultOutput(file)
                : intoFolder ? Path.Combine(output, Path.GetFileName(DefaultOutput(file))) : output;
            yield return ReviewSafely(file, target, options, force, date);
        }
    }

    /// <summary>
    /// The reviewed copy of a report's bytes (a file's, or an upload's), linted with the configuration for
    /// <paramref name="path"/> (which names the file and its format; nothing is read from it); false with the reason when
    /// the bytes cannot be read or the copy written.
    /// </summary>
    public bool TryReview(byte[] bytes, string path, LintOptions options, DateTime date,
        [NotNullWhen(true)] out ReviewedCopy? copy, [NotNullWhen(false)] out string? error)
    {
        copy = null;
        if (!reader.TryRead(bytes, path, out var document, out error)) return false;
        var diagnostics = runner.LintDocument(document, runner.ConfigFor(path, options), options).Diagnostics;
        if (ReviewWriter.TryWrite(document, bytes, diagnostics, date, out copy, out error)) return true;
        error = $"无法写出审阅稿：{error}";
        return false;
    }

    private ReviewOutcome ReviewSafely(string file, string target, LintOptions options, bool force, DateTime date)
    {
        try
        {
            return Review(file, target, options, force, date);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or RuleSetException or YamlFileException))
        {
            return new ReviewOutcome(file, null, null, $"内部错误（{e.GetType().Name}：{e.Message}），未写入审阅稿；请将此文件报告给 govlint 维护者。");
        }
    }

    private ReviewOutcome Review(string file, string target, LintOptions options, bool force, DateTime date)
    {
        if (FinalPath.Of(target) == FinalPath.Of(file)) return new ReviewOutcome(file, null, null, "审阅稿不能写在原文件上。");
        if (!ReportBytes.TryRead(file, out var bytes, out var error)) return new ReviewOutcome(file, null, null, error);
        if (!TryReview(bytes, file, options, date, out var copy, out error)) return new ReviewOutcome(file, null, null, error);
        try
        {
            AtomicFile.Write(target, copy.Docx, overwrite: force);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ReviewOutcome(file, null, null, $"{DisplayPath.Of(target)}：{e.Message}");
        }
        return new ReviewOutcome(file, target, copy, null);
    }
}
