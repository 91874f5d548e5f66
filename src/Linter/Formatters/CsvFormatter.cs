using GovInfo.Dsl.Rules;
using GovInfo.Linter.Engine;

namespace GovInfo.Linter.Formatters;

/// <summary>One CSV row per finding (file, issuer, year, rule, severity, line, column, message), for supervisors auditing many agencies.</summary>
public sealed class CsvFormatter : IDiagnosticFormatter
{
    public string Name => "csv";

    public IFormatterSession Start(TextWriter output, FormatterOptions options, IReadOnlyList<RuleDescriptor> rules)
    {
        output.WriteLine("file,issuer,year,rule,severity,line,column,message");
        return new Session(output);
    }

    private sealed class Session(TextWriter output) : IFormatterSession
    {
        public void Write(FileResult file)
        {
            string path = Csv.Field(SeverityNames.DisplayPath(file.Path)), issuer = Csv.Field(file.Issuer ?? ""), year = file.Year?.ToString() ?? "";
            if (file.Error is not null) output.WriteLine($"{path},,,,error,,,{Csv.Field(file.Error)}");
            foreach (var d in file.Diagnostics)
                output.WriteLine($"{path},{issuer},{year},{d.Id},{SeverityNames.Lower(d.Severity)},{d.Start.Line},{d.Start.Column},{Csv.Field(d.Message)}");
        }

        public void Finish(LintSummary summary) { }
    }
}

/// <summary>RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled.</summary>
public static class Csv
{
    public static string Field(string value)
        => value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
}
