using GovInfo.Dsl.Rules;
using GovInfo.Linter.Engine;

namespace GovInfo.Linter.Formatters;

/// <summary>One CSV row per finding (文件, 发布机关, 年度, 规则, 级别, 行, 列, 说明), UTF-8 with a byte order mark so Excel on a Chinese Windows opens it as UTF-8.</summary>
public sealed class CsvFormatter : IDiagnosticFormatter
{
    public string Name => "csv";

    public IFormatterSession Start(TextWriter output, FormatterOptions options, IReadOnlyList<RuleDescriptor> rules)
    {
        output.Write(Csv.ByteOrderMark);
        output.WriteLine(Csv.Row(AuditTables.FindingColumns));
        return new Session(output);
    }

    private sealed class Session(TextWriter output) : IFormatterSession
    {
        public void Write(FileResult file)
        {
            foreach (var row in AuditTables.FindingRows(file)) output.WriteLine(Csv.Row(row));
        }

        public void Finish(LintSummary summary) { }
    }
}

/// <summary>RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled.</summary>
public static class Csv
{
    /// <summary>U+FEFF, written first: Excel reads a CSV file as UTF-8 only when it starts with one (else as the system's code page, GBK on a Chinese Windows).</summary>
    public const char ByteOrderMark = '\uFEFF';

    public static string Field(string value)
        => value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";

    /// <summary>One record: each value as invariant text (null as an empty field), quoted where needed.</summary>
    public static string Row(IEnumerable<object?> values)
        => string.Join(",", values.Select(v => Field(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "")));
}
