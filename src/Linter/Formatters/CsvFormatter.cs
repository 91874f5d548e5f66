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
        Csv.WriteRow(output, AuditTables.FindingColumns);
        return new Session(output);
    }

    private sealed class Session(TextWriter output) : IFormatterSession
    {
        public void Write(FileResult file)
        {
            foreach (var row in AuditTables.FindingRows(file)) Csv.WriteRow(output, row);
        }

        public void Finish(LintSummary summary) { }
    }
}

/// <summary>RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled.</summary>
public static class Csv
{
    /// <summary>U+FEFF, written first: Excel reads a CSV file as UTF-8 only when it starts with one (else as the system's code page, GBK on a Chinese Windows).</summary>
    public const char ByteOrderMark = '\uFEFF';

    private static readonly System.Buffers.SearchValues<char> NeedQuotes = System.Buffers.SearchValues.Create(",\"\n\r");

    /// <summary>
    /// Writes one record and a line break straight to <paramref name="output"/>: each value as invariant text (null as an
    /// empty field), quoted where needed; numbers are formatted into a buffer on the stack, so a row makes no strings.
    /// </summary>
    public static void WriteRow(TextWriter output, IReadOnlyList<object?> values)
    {
        Span<char> number = stackalloc char[32];
        for (int i = 0; i < values.Count; i++)
        {
            if (i > 0) output.Write(',');
            switch (values[i])
            {
                case null:
                    break;
                case string text:
                    WriteField(output, text);
                    break;
                case ISpanFormattable formattable when formattable.TryFormat(number, out int written, default, System.Globalization.CultureInfo.InvariantCulture):
                    WriteField(output, number[..written]);
                    break;
                case var other:
                    WriteField(output, Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? "");
                    break;
            }
        }
        output.WriteLine();
    }

    private static void WriteField(TextWriter output, ReadOnlySpan<char> value)
    {
        if (value.IndexOfAny(NeedQuotes) < 0)
        {
            output.Write(value);
            return;
        }
        output.Write('"');
        for (int quote; (quote = value.IndexOf('"')) >= 0; value = value[(quote + 1)..])
        {
            output.Write(value[..(quote + 1)]);
            output.Write('"');
        }
        output.Write(value);
        output.Write('"');
    }
}
