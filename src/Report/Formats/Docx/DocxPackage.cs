using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GovInfo.Report.Formats.Docx;

/// <summary>
/// Opens a .docx's bytes and runs a step over its body, turning every way the file can fail to be a
/// readable .docx (old .doc, password protection, a broken zip or XML) into a message for the user.
/// </summary>
internal static class DocxPackage
{
    /// <summary>The signature of an OLE compound file: Word 97-2003 documents, and encrypted Office files.</summary>
    public static ReadOnlySpan<byte> OleMagic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static ReadOnlySpan<byte> ZipMagic => [0x50, 0x4B, 0x03, 0x04];

    public const string LegacyDocMessage = "这是旧版 Word 97-2003 文档（.doc），govlint 只能读取 .docx：请在 Word 中“另存为” .docx 后再检查。";
    public const string EncryptedMessage = "文件受密码保护（已加密），无法读取：请在 Word 中取消密码后再检查。";
    public const string InvalidPrefix = "不是有效的 .docx 文件：";

    // An encrypted .docx is an OLE compound file holding a stream of this name (MS-OFFCRYPTO).
    private static readonly byte[] EncryptedPackageName = Encoding.Unicode.GetBytes("EncryptedPackage");

    /// <summary>Runs <paramref name="read"/> on the document; false with the reason when the bytes are not a readable .docx.</summary>
    public static bool TryRead<T>(byte[] bytes, Func<MainDocumentPart, W.Body, T> read,
        out T? result, [NotNullWhen(false)] out string? error) where T : class
    {
        T? value = null;
        error = Use(bytes, editable: false, (main, body) =>
        {
            value = read(main, body);
            return null;
        }, out _);
        result = value;
        return error is null;
    }

    /// <summary>
    /// Runs <paramref name="edit"/> on an editable copy of the document and returns the saved bytes;
    /// <paramref name="edit"/> returns null when done, or a message saying why it cannot edit.
    /// </summary>
    public static bool TryEdit(byte[] bytes, Func<W.Body, string?> edit,
        [NotNullWhen(true)] out byte[]? result, [NotNullWhen(false)] out string? error)
        => TryEdit(bytes, (_, body) => edit(body), out result, out error);

    /// <summary>As <see cref="TryEdit(byte[], Func{W.Body, string?}, out byte[], out string)"/>, for an edit that also adds or changes parts (comments, settings).</summary>
    public static bool TryEdit(byte[] bytes, Func<MainDocumentPart, W.Body, string?> edit,
        [NotNullWhen(true)] out byte[]? result, [NotNullWhen(false)] out string? error)
    {
        error = Use(bytes, editable: true, edit, out var stream);
        result = error is null ? stream.ToArray() : null;
        return result is not null;
    }

    private static string? Use(byte[] bytes, bool editable, Func<MainDocumentPart, W.Body, string?> step, out MemoryStream stream)
    {
        stream = new MemoryStream();
        if (bytes.AsSpan().StartsWith(OleMagic))
            return bytes.AsSpan().IndexOf(EncryptedPackageName) >= 0 ? EncryptedMessage : LegacyDocMessage;
        W.Body body;
        MainDocumentPart main;
        WordprocessingDocument document;
        try
        {
            stream.Write(bytes);
            stream.Position = 0;
            if (DocxZipBudget.Check(stream) is { } overBudget) return overBudget;
            // Opening runs only the packaging layer: an InvalidOperationException here is the package naming a part it
            // lacks (System.IO.Packaging reports it so), not a bug of ours; nothing decides that by the exception's Source,
            // which Native AOT does not keep.
            document = WordprocessingDocument.Open(stream, editable);
            if (document.MainDocumentPart is not { } m)
            {
                document.Dispose();
                return InvalidPrefix + "缺少 Word 正文部分（word/document.xml）。";
            }
            main = m;
            if (main.Document?.Body is not { } b)
            {
                document.Dispose();
                return InvalidPrefix + "正文部分没有 w:body。";
            }
            body = b;
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or InvalidOperationException)
        {
            return InvalidPrefix + Reason(e);
        }
        try
        {
            // Disposing an editable document saves it into the stream.
            using (document) return step(main, body);
        }
        catch (GovInfo.Report.Reading.InputLimitException e)
        {
            return e.Message;
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException)
        {
            // A part read on demand (styles, numbering) that is damaged.
            return InvalidPrefix + Reason(e);
        }
    }

    private static string Reason(Exception e) => e switch
    {
        FileFormatException => "文件不是完整的 ZIP 压缩包（可能已损坏、被截断，或根本不是 Word 文件）。",
        InvalidDataException => "文件内容已损坏，或其中的正文不是 Word 文档。",
        XmlException x => $"正文的 XML 格式错误（第 {x.LineNumber} 行第 {x.LinePosition} 列）。",
        InvalidOperationException => "文件包内缺少它所引用的部件。",
        _ => "文件的包结构无效。",
    };
}
