using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using GovInfo.Tests;
using W = DocumentFormat.OpenXml.Wordprocessing;

// Writes the .docx rendition the tests build of each report text (DocxBuilder: heading styles, ruled Word
// tables with merged header cells) into a folder, laid out as agencies print it — A4 portrait, every table as
// wide as the text — so tests/Data/Pdf/make.sh can print them to PDF with LibreOffice.
// Usage: GovInfo.Renditions OUT-FOLDER REPORT.txt...
if (args.Length < 2)
{
    Console.Error.WriteLine("用法：GovInfo.Renditions 输出文件夹 报告.txt…");
    return 2;
}
Directory.CreateDirectory(args[0]);
foreach (var report in args[1..])
{
    string path = DocxBuilder.WriteFixture(report, args[0]);
    using (var document = WordprocessingDocument.Open(path, isEditable: true))
    {
        var body = document.MainDocumentPart!.Document.Body!;
        foreach (var table in body.Descendants<W.Table>())
        {
            var properties = table.GetFirstChild<W.TableProperties>() ?? table.PrependChild(new W.TableProperties());
            // A table as wide as the text, its grid scaled to fit: wide tables are not cut at the page edge.
            properties.TableWidth = new W.TableWidth { Type = W.TableWidthUnitValues.Pct, Width = "5000" };
            properties.TableLayout = new W.TableLayout { Type = W.TableLayoutValues.Autofit };
        }
        body.Append(new W.SectionProperties(
            new W.PageSize { Width = 11906, Height = 16838 },
            new W.PageMargin { Top = 1440, Bottom = 1440, Left = 1134, Right = 1134, Header = 720, Footer = 720, Gutter = 0 }));
        document.MainDocumentPart.Document.Save();
    }
    Console.WriteLine(path);
}
return 0;
