using System.IO.Compression;
using GovInfo.Report.Reading;

namespace GovInfo.Report.Formats.Docx;

/// <summary>
/// Checks a .docx's zip against the <see cref="InputLimits"/> before Word's reader opens it: the number of parts, and the
/// size of every part as it is actually unzipped (counted while reading, never trusting the sizes the zip declares), so a
/// zip bomb is refused after a bounded amount of work instead of filling the memory.
/// </summary>
internal static class DocxZipBudget
{
    /// <summary>Null when the package is within the caps, else the message naming the cap it exceeds.</summary>
    public static string? Check(Stream zip)
    {
        long start = zip.Position;
        try
        {
            ZipArchive archive;
            try
            {
                archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
            }
            catch (InvalidDataException)
            {
                // Not a zip the packaging layer can open either: it refuses the file in its own words.
                return null;
            }
            using var _ = archive;
            if (archive.Entries.Count > InputLimits.MaxDocxParts)
                return $"文件包含 {archive.Entries.Count:N0} 个部件，超过 .docx 部件数量上限 {InputLimits.MaxDocxParts:N0}，未检查。";
            var buffer = new byte[81920];
            long total = 0;
            foreach (var entry in archive.Entries)
            {
                bool xml = IsXml(entry.FullName);
                long part = 0;
                Stream content;
                try
                {
                    content = entry.Open();
                }
                catch (InvalidDataException)
                {
                    continue; // a damaged entry is refused when read, and unreadable here too: the others are still counted
                }
                using var __ = content;
                while (Read(content, buffer) is int read and > 0)
                {
                    part += read;
                    total += read;
                    if (xml && part > InputLimits.MaxDocxXmlPartBytes)
                        return $"部件 {Shorten(entry.FullName)} 解压后超过 {InputLimits.MaxDocxXmlPartBytes >> 20} MiB（.docx 单个 XML 部件的大小上限），未检查：文件可能是“压缩炸弹”，或已损坏。";
                    if (total > InputLimits.MaxDocxUnzippedBytes)
                        return $"文件解压后超过 {InputLimits.MaxDocxUnzippedBytes >> 20} MiB（.docx 解压后总大小上限），未检查：文件可能是“压缩炸弹”，或已损坏。";
                }
            }
            return null;
        }
        finally
        {
            zip.Position = start;
        }
    }

    /// <summary>Bytes read, or 0 at the end or where the entry's data is damaged (that entry is not read any further).</summary>
    private static int Read(Stream content, byte[] buffer)
    {
        try
        {
            return content.Read(buffer);
        }
        catch (InvalidDataException)
        {
            return 0;
        }
    }

    private static bool IsXml(string name)
        => name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string name) => name.Length <= 60 ? name : name[..60] + "…";
}
