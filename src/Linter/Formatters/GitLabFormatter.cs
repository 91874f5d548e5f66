using System.Security.Cryptography;
using System.Text;
using GovInfo.Dsl.Rules;
using GovInfo.Linter.Baselines;
using GovInfo.Linter.Engine;
using GovInfo.Report.Json;

namespace GovInfo.Linter.Formatters;

/// <summary>
/// GitLab's Code Quality report (<c>--format gitlab</c>): the Code Climate issue array GitLab reads from a job's
/// <c>artifacts:reports:codequality</c> file, each issue with a fingerprint that stays the same while the finding does.
/// </summary>
public sealed class GitLabFormatter : IDiagnosticFormatter
{
    public string Name => "gitlab";

    public IFormatterSession Start(TextWriter output, FormatterOptions options, IReadOnlyList<RuleDescriptor> rules) => new Session(output);

    /// <summary>Code Climate's severity words (info, minor, major, critical, blocker) for govlint's levels.</summary>
    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "critical",
        Severity.Warning => "major",
        _ => "info",
    };

    private sealed class Session : IFormatterSession
    {
        private readonly JsonText.Streamed _out;
        // The same finding twice in a file (the same words on two identical lines) still needs two fingerprints.
        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

        public Session(TextWriter output)
        {
            _out = new JsonText.Streamed(output);
            _out.Json.WriteStartArray();
        }

        public void Write(FileResult file)
        {
            string path = SeverityNames.DisplayPath(file.Path);
            if (file.Error is not null) Issue("govlint/unreadable", file.Error, "critical", path, 1, $"unreadable\n{path}");
            foreach (var d in file.Diagnostics)
                Issue(d.Id, $"{d.Id} {d.Message}", SeverityName(d.Severity), path, d.Start.Line, $"{path}\n{Baseline.Fingerprint(d)}");
            _out.Drain();
        }

        private void Issue(string check, string description, string severity, string path, int line, string identity)
        {
            int occurrence = _seen[identity] = _seen.GetValueOrDefault(identity) + 1;
            var json = _out.Json;
            json.WriteStartObject();
            json.WriteString("description", description);
            json.WriteString("check_name", check);
            json.WriteString("fingerprint", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{identity}\n{occurrence}")).AsSpan(0, 16)));
            json.WriteString("severity", severity);
            json.WriteStartObject("location");
            json.WriteString("path", path);
            json.WriteStartObject("lines");
            json.WriteNumber("begin", line);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        public void Finish(LintSummary summary)
        {
            _out.Json.WriteEndArray();
            _out.Dispose();
        }
    }
}
