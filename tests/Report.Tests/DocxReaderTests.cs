using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using GovInfo.Report.Documents;
using GovInfo.Report.Reading;
using GovInfo.Report.Formats.Docx;
using GovInfo.Report.Text;
using GovInfo.Tests;
using V = DocumentFormat.OpenXml.Vml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GovInfo.Report.Tests;

public class DocxReaderTests
{
    public static TheoryData<string> Fixtures() => new(TestPaths.AllFixtures.Select(Path.GetFileName)!);

    private static SourceText Open(byte[] bytes, string path = "r.docx")
    {
        Assert.True(Reports.Reader.TryRead(bytes, path, out var document, out var error), error);
        return document.Source;
    }

    private static string Error(byte[] bytes, string path)
    {
        var result = Reports.Loader.Load(bytes, path);
        Assert.False(result.Succeeded);
        return result.Error!;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_docx_binds_completely_with_the_cell_values_of_the_text(string name)
    {
        string path = Path.Combine(TestPaths.Fixtures, name);
        var text = Reports.Load(path);
        var result = Reports.Loader.Load(DocxBuilder.FromText(File.ReadAllText(path)), "r.docx");
        Assert.True(result.Succeeded, result.Error);
        var docx = result.Report!;

        Assert.Equal("docx", docx.Document.Format);
        FixtureBindingTests.AssertBindsCompletely(docx);
        Assert.Equal(6, docx.Sections.Count(s => s.IsFound));
        Assert.Equal(3, docx.Tables.Count(t => t.IsFound));
        Assert.Equal(text.Document.Title!.Text, docx.Document.Title!.Text);
        Assert.Equal(text.Sections.Select(s => s.Heading!.Text), docx.Sections.Select(s => s.Heading!.Text));
        foreach (var (expected, actual) in text.Tables.Zip(docx.Tables))
        {
            Assert.Equal(
                expected.Cells.Select(c => (c.Row.Key, c.Column.Key, c.Cell!.Text, c.Number)),
                actual.Cells.Select(c => (c.Row.Key, c.Column.Key, c.Cell!.Text, c.Number)));
        }
    }

    [Fact]
    public void Positions_are_paragraph_numbers_with_table_cells_and_empty_paragraphs_counted()
    {
        byte[] bytes = DocxBuilder.Build(body => body.Append(
            DocxBuilder.Paragraph("某局 2024 年政府信息公开工作年度报告", "Title"),
            new W.Paragraph(),
            new W.Table(new W.TableRow(
                new W.TableCell(DocxBuilder.Paragraph("规章")),
                new W.TableCell(new W.Paragraph(), DocxBuilder.Paragraph("12")))),
            DocxBuilder.Paragraph("第三段文字")));
        var source = Open(bytes);

        Assert.Equal(PositionScheme.Paragraphs, source.Scheme);
        Assert.Equal("某局 2024 年政府信息公开工作年度报告\n\n规章\n\n12\n第三段文字", source.Map!.Original.Text);
        Assert.Equal(new LinePosition(3, 1), source.Locate(source.Text.IndexOf("规章")));
        Assert.Equal(new LinePosition(5, 2), source.Locate(source.Text.IndexOf("12") + 1));
        Assert.Equal(new LinePosition(6, 2), source.Locate(source.Text.IndexOf("三段")));
    }

    [Fact]
    public void A_paragraph_line_is_its_text_with_tabs_and_breaks_but_not_deleted_text_field_codes_or_text_boxes()
    {
        var textBox = new W.Run(new W.Picture(new V.Shape(new V.TextBox(new W.TextBoxContent(new W.Paragraph(new W.Run(new W.Text("框内"))))))));
        byte[] bytes = DocxBuilder.Build(body => body.Append(
            new W.Paragraph(
                new W.Run(new W.Text("甲"), new W.TabChar(), new W.Text("乙")),
                new W.DeletedRun(new W.Run(new W.DeletedText("删"))),
                new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Begin }),
                new W.Run(new W.FieldCode(" PAGE ")),
                new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Separate }),
                new W.Run(new W.Text("3")),
                new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.End }),
                textBox,
                new W.Hyperlink(new W.Run(new W.Text("丙"), new W.Break(), new W.Text("丁"))) { Id = "x" }),
            new W.SdtBlock(new W.SdtContentBlock(DocxBuilder.Paragraph("控件内")))));
        var source = Open(bytes);

        Assert.Equal("甲\t乙3丙 丁\n控件内", source.Map!.Original.Text);
        // The tab stands in as a space (not a table cell), the break as a line break.
        Assert.Equal("甲 乙3丙\n丁\n\n控件内\n\n", source.Text);
    }

    [Fact]
    public void Heading_styles_and_outline_levels_read_as_headings_of_their_level()
    {
        byte[] bytes = DocxBuilder.Build(body => body.Append(
            DocxBuilder.Paragraph("某局 2024 年政府信息公开工作年度报告", "Title"),
            DocxBuilder.Paragraph("总体情况", "Heading2"),
            new W.Paragraph(new W.ParagraphProperties(new W.OutlineLevel { Val = 2 }), new W.Run(new W.Text("主动公开"))),
            DocxBuilder.Paragraph("正文。")));
        var document = Reports.Loader.Load(bytes, "r.docx").Report!.Document;

        Assert.Equal("某局 2024 年政府信息公开工作年度报告", document.Title!.Text);
        Assert.Equal([(2, "总体情况"), (3, "主动公开")], document.Headings.Select(h => (h.Level, h.Text)));
        Assert.Equal("正文。", Assert.Single(document.Blocks.OfType<Paragraph>()).Text);
    }

    [Fact]
    public void List_numbering_is_read_as_displayed_so_numbered_headings_are_sections()
    {
        const int Chinese = 7, Decimal = 8;
        byte[] bytes = DocxBuilder.Build(body =>
        {
            W.Paragraph Numbered(string text, int numId, int level = 0)
            {
                var p = DocxBuilder.Paragraph(text);
                p.PrependChild(new W.ParagraphProperties(new W.NumberingProperties(
                    new W.NumberingLevelReference { Val = level }, new W.NumberingId { Val = numId })));
                return p;
            }
            body.Append(
                DocxBuilder.Paragraph("某局 2024 年政府信息公开工作年度报告"),
                Numbered("总体情况", Chinese),
                Numbered("主动公开", Chinese, 1),
                Numbered("依申请公开", Chinese, 1),
                Numbered("第一项工作，已经完成。", Decimal),
                Numbered("第二项工作，正在进行。", Decimal),
                Numbered("主动公开政府信息情况", Chinese),
                Numbered("平台建设", Chinese, 1));
        }, main =>
        {
            var numbering = main.NumberingDefinitionsPart!.Numbering;
            numbering.InsertAt(new W.AbstractNum(
                Level(0, "chineseCounting", "%1、"),
                Level(1, "chineseCounting", "（%2）")) { AbstractNumberId = 5 }, 1);
            numbering.InsertAt(new W.AbstractNum(Level(0, "decimal", "%1.")) { AbstractNumberId = 6 }, 2);
            numbering.Append(
                new W.NumberingInstance(new W.AbstractNumId { Val = 5 }) { NumberID = Chinese },
                new W.NumberingInstance(new W.AbstractNumId { Val = 6 }) { NumberID = Decimal });
        });
        var report = Reports.Loader.Load(bytes, "r.docx").Report!;

        Assert.Equal(
            ["一、总体情况", "（一）主动公开", "（二）依申请公开", "二、主动公开政府信息情况", "（一）平台建设"],
            report.Document.Headings.Select(h => h.Text));
        Assert.Equal(["1.第一项工作，已经完成。", "2.第二项工作，正在进行。"], report.Document.Blocks.OfType<Paragraph>().Select(p => p.Text));
        Assert.True(report.Sections[0].IsFound);
        Assert.True(report.Sections[1].IsFound);
        Assert.Equal("二、主动公开政府信息情况", report.Sections[1].Heading!.Text);
        // The number is added by the reader: it points at the start of its paragraph.
        Assert.Equal(new LinePosition(7, 1), report.Document.Source.Locate(report.Sections[1].Heading!.Span.Start));
    }

    private static W.Level Level(int index, string format, string text) => new(
        new W.StartNumberingValue { Val = 1 },
        new W.NumberingFormat { Val = new W.NumberFormatValues(format) },
        new W.LevelText { Val = text })
    { LevelIndex = index };

    [Fact]
    public void Merged_cells_expand_and_a_cells_paragraphs_join_as_rendered()
    {
        W.TableCell Cell(int span, W.MergedCellValues? merge, params string[] paragraphs)
        {
            var properties = new W.TableCellProperties();
            if (span > 1) properties.Append(new W.GridSpan { Val = span });
            if (merge is { } m) properties.Append(new W.VerticalMerge { Val = m });
            return new W.TableCell([properties, .. paragraphs.Length == 0 ? [new W.Paragraph()] : paragraphs.Select(t => DocxBuilder.Paragraph(t))]);
        }
        byte[] bytes = DocxBuilder.Build(body => body.Append(new W.Table(
            new W.TableRow(Cell(2, W.MergedCellValues.Restart, "申请人"), Cell(1, null, "商业", "企业"), Cell(1, null, "Open", "Data")),
            new W.TableRow(Cell(2, W.MergedCellValues.Continue), Cell(1, null, "1"), Cell(1, null, "2")),
            new W.TableRow(new W.TableRowProperties(new W.GridBefore { Val = 1 }), Cell(1, null, "甲\t乙"), Cell(1, null, "3"), Cell(1, null, "4")),
            new W.TableRow(Cell(1, null, "单独")))));
        var source = Open(bytes);

        Assert.Equal("申请人\t\t商业企业\tOpen Data\n\t\t1\t2\n\t甲 乙\t3\t4\n单独\t\n\n", source.Text);
        var table = Assert.Single(Reports.Readers[0].Read(source).Blocks.OfType<Table>());
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal("商业企业", table.Rows[0].Cells[2].Text);
    }

    [Fact]
    public void An_empty_spacer_row_does_not_split_the_table()
    {
        static W.TableRow Row(params string[] cells) => new(cells.Select(t => new W.TableCell(t.Length == 0 ? new W.Paragraph() : DocxBuilder.Paragraph(t))));
        byte[] bytes = DocxBuilder.Build(body => body.Append(new W.Table(Row("（一）予以公开", "1"), Row("", " "), Row("（二）部分公开", "2"))));
        var source = Open(bytes);

        Assert.Equal("（一）予以公开\t1\n（二）部分公开\t2\n\n", source.Text);
        var table = Assert.Single(Reports.Readers[0].Read(source).Blocks.OfType<Table>());
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(new LinePosition(6, 1), source.Locate(source.Text.IndexOf('2')));
    }

    [Fact]
    public void An_old_doc_is_refused_naming_its_format()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];
        const string Message = "这是旧版 Word 97-2003 文档（.doc），govlint 只能读取 .docx：请在 Word 中“另存为” .docx 后再检查。";
        Assert.Equal(Message, Error(ole, "old.doc"));
        // Named .docx, it is still recognised by its content.
        Assert.Equal(Message, Error(ole, "renamed.docx"));
    }

    [Fact]
    public void A_password_protected_docx_is_refused_as_encrypted()
    {
        byte[] encrypted = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[200], .. Encoding.Unicode.GetBytes("EncryptedPackage"), .. new byte[100]];
        Assert.Equal("文件受密码保护（已加密），无法读取：请在 Word 中取消密码后再检查。", Error(encrypted, "secret.docx"));
    }

    [Fact]
    public void Broken_files_are_refused_with_a_reason_not_an_exception()
    {
        byte[] good = DocxBuilder.FromText("某局 2024 年政府信息公开工作年度报告\n");
        byte[] random = new byte[2000];
        new Random(7).NextBytes(random);
        string truncated = Error(good[..(good.Length / 2)], "half.docx");
        string noise = Error(random, "noise.docx");
        string notWord = Error(Zip(("a.txt", "x")), "a.docx");
        string badXml = Error(Replace(good, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"), "bad.docx");

        Assert.All(new[] { truncated, noise, notWord, badXml }, e => Assert.StartsWith("不是有效的 .docx 文件：", e));
        Assert.Contains("ZIP", truncated);
        Assert.Contains("word/document.xml", notWord);
        Assert.Contains("XML", badXml);
    }

    [Fact]
    public void Docx_is_chosen_by_extension_or_by_its_first_bytes()
    {
        var format = new DocxFormat();
        Assert.Contains(".docx", format.Extensions);
        Assert.Contains(".doc", format.Extensions);
        byte[] bytes = DocxBuilder.FromText("某局 2024 年政府信息公开工作年度报告\n");
        Assert.True(format.Sniff(bytes));
        Assert.Equal("docx", Open(bytes, "report-without-extension").Map!.Format);
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, true))
            foreach (var (name, text) in entries)
                using (var writer = new StreamWriter(zip.CreateEntry(name).Open())) writer.Write(text);
        return stream.ToArray();
    }

    private static byte[] Replace(byte[] package, string entry, string text)
    {
        var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, true))
        {
            zip.GetEntry(entry)!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write(text);
        }
        return stream.ToArray();
    }

    [Fact]
    public void Writing_refuses_edits_that_touch_a_tab_or_cross_paragraphs_and_writes_the_rest()
    {
        byte[] bytes = DocxBuilder.Build(body => body.Append(
            new W.Paragraph(new W.Run(new W.Text("甲"), new W.TabChar(), new W.Text("乙乙"))),
            DocxBuilder.Paragraph("丙丁")));
        var source = Open(bytes);
        var format = new DocxFormat();
        // The original text is "甲\t乙乙\n丙丁".
        Assert.False(format.TryWrite(bytes, source, [new SourceEdit(new TextSpan(0, 2), "")], out _, out var tabError));
        Assert.Contains("制表符", tabError);
        Assert.False(format.TryWrite(bytes, source, [new SourceEdit(new TextSpan(3, 3), "")], out _, out var crossError));
        Assert.Contains("跨越了段落", crossError);

        Assert.True(format.TryWrite(bytes, source, [new SourceEdit(new TextSpan(2, 1), "戊"), new SourceEdit(new TextSpan(5, 0), "己")], out var written, out var error), error);
        Assert.Equal("甲\t戊乙\n己丙丁", Open(written).Map!.Original.Text);
    }
}
