using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace GovInfo.Report.Text;

/// <summary>Turns the bytes of a report file into a <see cref="SourceText"/>, detecting its encoding.</summary>
/// <remarks>
/// A byte order mark decides first (UTF-8, UTF-16 LE/BE). Without one, bytes that are valid UTF-8 are
/// UTF-8; otherwise they are tried as GB18030, a superset of GBK and GB2312 that government offices
/// still save files in. Strict decoding of both means a wrong guess fails instead of producing mojibake.
/// </remarks>
public static class SourceDecoder
{
    public const int Gb18030CodePage = 54936;

    /// <summary>GB18030 as registered by the code-pages provider, with replacement fallback for writing.</summary>
    public static Encoding Gb18030 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage)!;

    private static readonly Encoding StrictGb18030 = CodePagesEncodingProvider.Instance.GetEncoding(
        Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    public static SourceText Decode(byte[] bytes, string path = "")
        => TryDecode(bytes, path, out var text, out var error) ? text : throw new InvalidDataException(error);

    public static bool TryDecode(
        byte[] bytes, string path,
        [NotNullWhen(true)] out SourceText? text,
        [NotNullWhen(false)] out string? error)
    {
        text = null;
        if (!TryDecodeString(bytes, out var decoded, out var encoding, out bool bom, out error))
            return false;
        if (LooksBinary(decoded))
        {
            error = "文件不是文本：含有大量控制字符，可能是二进制文件（.doc、.pdf、图片等）。";
            return false;
        }
        text = new SourceText(decoded, path, encoding, bom);
        return true;
    }

    private const string BomMismatch = "文件开头的字节顺序标记（BOM）与其后的内容不符：文件已损坏或不是文本。";

    private static bool TryDecodeString(byte[] bytes, out string decoded, out Encoding encoding, out bool bom, [NotNullWhen(false)] out string? error)
    {
        decoded = "";
        error = null;
        bom = true;
        encoding = new UTF8Encoding(true);
        try
        {
            if (StartsWith(bytes, 0xEF, 0xBB, 0xBF))
            {
                if (TryDecodeUtf8(bytes.AsSpan(3), out decoded)) return true;
                error = BomMismatch;
                return false;
            }
            if (StartsWith(bytes, 0xFF, 0xFE))
            {
                encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
                decoded = new UnicodeEncoding(false, true, true).GetString(bytes, 2, bytes.Length - 2);
                return true;
            }
            if (StartsWith(bytes, 0xFE, 0xFF))
            {
                encoding = new UnicodeEncoding(bigEndian: true, byteOrderMark: true);
                decoded = new UnicodeEncoding(true, true, true).GetString(bytes, 2, bytes.Length - 2);
                return true;
            }
        }
        catch (DecoderFallbackException)
        {
            error = BomMismatch;
            return false;
        }

        bom = false;
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            error = "文件不是文本：含有 NUL 字节（可能是二进制文件，或不带 BOM 的 UTF-16 文件）。";
            return false;
        }
        if (TryDecodeUtf8(bytes, out decoded))
        {
            encoding = new UTF8Encoding(false);
            return true;
        }
        try
        {
            decoded = StrictGb18030.GetString(bytes);
            encoding = Gb18030;
            return true;
        }
        catch (DecoderFallbackException)
        {
            error = "无法识别文件编码：既不是 UTF-8 / UTF-16，也不是 GB18030（GBK）。";
            return false;
        }
    }

    /// <summary>
    /// The bytes decoded as UTF-8 in one pass, or false at the first ill-formed sequence (as strict decoding throws): the
    /// text is transcoded into a buffer as long as the bytes, which it never outgrows, and copied once into its string.
    /// </summary>
    private static bool TryDecodeUtf8(ReadOnlySpan<byte> bytes, out string decoded)
    {
        decoded = "";
        if (bytes.IsEmpty) return true;
        char[] buffer = System.Buffers.ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            if (System.Text.Unicode.Utf8.ToUtf16(bytes, buffer, out _, out int written, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
                return false;
            decoded = new string(buffer, 0, written);
            return true;
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static bool StartsWith(byte[] bytes, params byte[] prefix)
        => bytes.Length >= prefix.Length && bytes.AsSpan(0, prefix.Length).SequenceEqual(prefix);

    // The control characters that count against a text (tab, line and page breaks do not): most texts have none, found at vector speed.
    private static readonly System.Buffers.SearchValues<char> Controls = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 32).Select(c => (char)c).Where(c => c is not ('\t' or '\n' or '\r' or '\f' or '\v'))]);

    private static bool LooksBinary(string text)
    {
        if (!text.AsSpan().ContainsAny(Controls)) return false;
        int control = 0;
        foreach (char c in text)
        {
            if (c == '\0') return true;
            if (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f' or '\v')) control++;
        }
        return control > 0 && control * 100 > text.Length;
    }
}
