using System.Text.Encodings.Web;
using System.Text.Json;
using GovInfo.Report.Text;

namespace GovInfo.Report.Json;

/// <summary>How govlint writes JSON everywhere: indented, Chinese left readable, positions as 1-based line and UTF-16 column.</summary>
public static class JsonText
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Build(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options)) write(json);
        return stream.ToArray();
    }

    public static void WriteTo(TextWriter output, Action<Utf8JsonWriter> write)
        => output.WriteLine(System.Text.Encoding.UTF8.GetString(Build(write)));

    /// <summary>A JSON document written piece by piece to a text writer, so a long run never holds the whole document.</summary>
    public sealed class Streamed(TextWriter output) : IDisposable
    {
        private readonly MemoryStream _buffer = new();
        private Utf8JsonWriter? _json;

        public Utf8JsonWriter Json => _json ??= new Utf8JsonWriter(_buffer, Options);

        /// <summary>Moves what has been written so far to the output (complete tokens only, so no split characters).</summary>
        public void Drain()
        {
            Json.Flush();
            output.Write(System.Text.Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
            _buffer.SetLength(0);
        }

        public void Dispose()
        {
            Drain();
            output.WriteLine();
            _json?.Dispose();
        }
    }

    /// <summary>Writes <c>line</c>, <c>column</c>, <c>endLine</c>, <c>endColumn</c> of a span, and <c>page</c>, <c>endPage</c> in a PDF, whose lines count within a page.</summary>
    public static void WriteRange(Utf8JsonWriter json, SourceText source, TextSpan span)
    {
        var (start, end) = source.LocateSpan(span);
        // A PDF's lines count within its pages (docs/positions.md).
        if (source.Map?.OnPage(start) is { } startPage && source.Map.OnPage(end) is { } endPage)
        {
            json.WriteNumber("page", startPage.Page);
            json.WriteNumber("line", startPage.Line);
            json.WriteNumber("column", startPage.Column);
            json.WriteNumber("endPage", endPage.Page);
            json.WriteNumber("endLine", endPage.Line);
            json.WriteNumber("endColumn", endPage.Column);
            return;
        }
        json.WriteNumber("line", start.Line);
        json.WriteNumber("column", start.Column);
        json.WriteNumber("endLine", end.Line);
        json.WriteNumber("endColumn", end.Column);
    }
}
