using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GovInfo.Linter.Diagnostics;
using GovInfo.Report.Files;
using GovInfo.Report.Json;

namespace GovInfo.Linter.Baselines;

/// <summary>
/// Known findings recorded so that only new ones are reported. An entry is a rule id, a file (relative
/// to the baseline) and a fingerprint of the offending text and its line, never a line number, so edits
/// elsewhere in the file do not invalidate it. Identical entries count: two recorded, two forgiven.
/// </summary>
public sealed class Baseline
{
    public const int Version = 1;

    private readonly Dictionary<(string Rule, string File, string Fingerprint), int> _entries;
    private readonly string _directory;

    private Baseline(string directory, Dictionary<(string, string, string), int> entries)
    {
        _directory = directory;
        _entries = entries;
    }

    public static string Fingerprint(Diagnostic d)
    {
        string offending = d.Source[d.Span];
        string line = d.Source.GetLine(d.SourceLine).Trim();
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{d.Id}\n{offending}\n{line}"));
        return Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }

    private static string RelativeFile(string directory, string file) => Path.GetRelativePath(directory, Path.GetFullPath(file)).Replace('\\', '/');

    public static void Write(string path, IEnumerable<Diagnostic> diagnostics)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var bytes = JsonText.Build(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteStartArray("findings");
            foreach (var d in diagnostics.OrderBy(d => RelativeFile(directory, d.Path), StringComparer.Ordinal).ThenBy(d => d.Span.Start))
            {
                json.WriteStartObject();
                json.WriteString("ruleId", d.Id);
                json.WriteString("file", RelativeFile(directory, d.Path));
                json.WriteString("fingerprint", Fingerprint(d));
                json.WriteString("message", d.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
        AtomicFile.Write(path, bytes);
    }

    /// <summary>Reads a baseline; a clear message (never an exception) when it is missing or malformed.</summary>
    public static Baseline Load(string path)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        try
        {
            using var document = JsonDocument.Parse(RegularFile.ReadAllBytes(path));
            var entries = new Dictionary<(string, string, string), int>();
            foreach (var finding in document.RootElement.GetProperty("findings").EnumerateArray())
            {
                var key = (finding.GetProperty("ruleId").GetString()!, finding.GetProperty("file").GetString()!, finding.GetProperty("fingerprint").GetString()!);
                entries[key] = entries.GetValueOrDefault(key) + 1;
            }
            return new Baseline(directory, entries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new BaselineException($"{path}: 无法读取基线文件：{e.Message}");
        }
    }

    /// <summary>Whether the diagnostic is a known one; each recorded entry forgives one diagnostic.</summary>
    public bool Forgives(Diagnostic d)
    {
        var key = (d.Id, RelativeFile(_directory, d.Path), Fingerprint(d));
        lock (_entries)
        {
            if (!_entries.TryGetValue(key, out int count) || count == 0) return false;
            _entries[key] = count - 1;
            return true;
        }
    }
}

/// <summary>A baseline file that cannot be used.</summary>
public sealed class BaselineException(string message) : Exception(message);
