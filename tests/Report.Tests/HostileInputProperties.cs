using System.IO.Compression;
using System.Text;
using CsCheck;
using GovInfo.Report.Yaml;
using GovInfo.Tests;

namespace GovInfo.Report.Tests;

/// <summary>
/// Property tests on generated hostile input (issue 17): deep nesting, huge spans, random bytes and random valid-looking
/// structure, for every reader and the YAML loader. No exception escapes, every input gets a document or a message,
/// and memory stays bounded. <see cref="PropertyRuns"/> sets the number of cases (GOVLINT_PROPERTY_ITERATIONS).
/// </summary>
public class HostileInputProperties
{
    private static readonly string[] Extensions = [".txt", ".md", ".html", ".docx", ".htm", ""];

    /// <summary>Loads and checks the outcome: a report, or a message (never an exception, never an empty message).</summary>
    private static void AssertLoads(byte[] bytes, string path)
    {
        var result = Reports.Loader.Load(bytes, path);
        Assert.True(result.Succeeded || result.Error is { Length: > 0 }, path);
        if (result.Report is { } report)
            foreach (var block in report.Document.Blocks) Assert.InRange(block.Span.End, 0, report.Document.Source.Length);
        PropertyRuns.AssertMemoryBounded();
    }

    private static readonly Gen<string> Nested = Gen.Select(
        Gen.OneOfConst(">", "> ", "- ", "  - ", "* ", "1. ", "[", "(", "**", "_", "`", "<div>", "<b>", "<table><tr><td>", "<ul><li>", "{a: ", "[", "\t"),
        Gen.Int[1, 3000], Gen.OneOfConst("", "一、总体情况", "本年新收 12 件。", "\n"))
        .Select((open, depth, inner) => string.Concat(Enumerable.Repeat(open, depth)) + inner);

    private static readonly Gen<string> HtmlSpan = Gen.Select(
        Gen.OneOfConst("rowspan", "colspan", "ROWSPAN", "colSpan"),
        Gen.OneOf(Gen.Int[-5, 5].Select(i => i.ToString()), Gen.Int.Select(i => i.ToString()), Gen.OneOfConst("0", "65534", "65535", "1000", "1001", "2147483648", "99999999999", "1e9", "x", "")))
        .Select((name, value) => $" {name}={value}");

    private static readonly Gen<string> HtmlTable = Gen.Select(Gen.Int[1, 60], Gen.Int[1, 8], HtmlSpan.Array[0, 3], Gen.OneOfConst("x", "12", "", "自然人"))
        .Select((rows, cells, spans, text) => "<table>" + string.Concat(Enumerable.Range(0, rows).Select(r =>
            "<tr>" + string.Concat(Enumerable.Range(0, cells).Select(c => $"<td{(spans.Length > 0 && (r + c) % 3 == 0 ? spans[(r + c) % spans.Length] : "")}>{text}</td>")) + "</tr>")) + "</table>");

    private static readonly Gen<string> Page = Gen.OneOf(Nested, HtmlTable, HtmlTable.Array[1, 12].Select(string.Concat), Gen.String)
        .Array[1, 4].Select(parts => "<html><body><p>示例局2024年政府信息公开工作年度报告</p>" + string.Concat(parts) + "</body></html>");

    [Fact]
    public void Deeply_nested_text_and_markdown_get_a_document_or_a_message()
    {
        long iterations = PropertyRuns.Iterations(60);
        Gen.Select(Nested, Gen.OneOfConst(".txt", ".md", ".html")).Sample((text, extension) => AssertLoads(Encoding.UTF8.GetBytes(text), "r" + extension), iter: iterations, threads: PropertyRuns.Threads);
        PropertyRuns.Report(nameof(Deeply_nested_text_and_markdown_get_a_document_or_a_message), iterations);
    }

    [Fact]
    public void Pages_with_huge_spans_deep_nesting_and_many_tables_get_a_document_or_a_message()
    {
        long iterations = PropertyRuns.Iterations(60);
        Page.Sample(html => AssertLoads(Encoding.UTF8.GetBytes(html), "page.html"), iter: iterations, threads: PropertyRuns.Threads);
        PropertyRuns.Report(nameof(Pages_with_huge_spans_deep_nesting_and_many_tables_get_a_document_or_a_message), iterations);
    }

    [Fact]
    public void Random_bytes_under_every_extension_get_a_document_or_a_message()
    {
        long iterations = PropertyRuns.Iterations(500);
        var bytes = Gen.OneOf(Gen.Byte.Array[0, 600], Gen.Byte.Array[0, 200].Select(b => (byte[])[0x50, 0x4B, 0x03, 0x04, .. b]), Gen.Byte.Array[0, 200].Select(b => (byte[])[0xEF, 0xBB, 0xBF, .. b]));
        Gen.Select(bytes, Gen.OneOfConst(Extensions)).Sample((data, extension) => AssertLoads(data, "f" + extension), iter: iterations, threads: PropertyRuns.Threads);
        PropertyRuns.Report(nameof(Random_bytes_under_every_extension_get_a_document_or_a_message), iterations);
    }

    private static readonly Gen<(string Name, string Content)> ZipEntry = Gen.Select(
        Gen.OneOfConst("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/numbering.xml", "word/_rels/document.xml.rels", "word/media/a.png", "x/../../y.xml", "word/"),
        Gen.OneOf(
            Gen.OneOfConst(
                "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
                "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p></w:body></w:document>",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:tbl><w:tr><w:trPr><w:gridBefore w:val=\"2147483647\"/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val=\"99999\"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl></w:body></w:document>",
                "<!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><x>&b;</x>", "<w:document", ""),
            Gen.Int[1, 2000].Select(depth => "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + string.Concat(Enumerable.Repeat("<w:tbl><w:tr><w:tc>", depth)) + "<w:p/></w:body></w:document>"),
            Gen.String));

    [Fact]
    public void Docx_packages_of_random_valid_looking_parts_get_a_document_or_a_message()
    {
        long iterations = PropertyRuns.Iterations(150);
        ZipEntry.Array[0, 7].Sample(entries =>
        {
            using var buffer = new MemoryStream();
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
                foreach (var (name, content) in entries)
                {
                    using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                    stream.Write(Encoding.UTF8.GetBytes(content));
                }
            AssertLoads(buffer.ToArray(), "r.docx");
        }, iter: iterations, threads: PropertyRuns.Threads);
        PropertyRuns.Report(nameof(Docx_packages_of_random_valid_looking_parts_get_a_document_or_a_message), iterations);
    }

    private static readonly Gen<string> YamlToken = Gen.OneOfConst(
        "{", "}", "[", "]", ", ", ": ", "\n", "\n  ", "\n- ", "- ", "---\n", "...\n", "&a ", "*a", "!!str ", "!tag ", "? ", "'", "\"", "#", "|\n  ", ">\n  ",
        "rules", "id", "GI3001", "severity", "error", "disable", "overrides", "files", "assert", "x == 1", "\t", "\\", "\0", "\uFEFF", "𠮷", "1e400", "0x", "~", "null");

    private static readonly Gen<string> YamlText = Gen.OneOf(
        YamlToken.Array[0, 120].Select(string.Concat),
        Gen.Select(Gen.OneOfConst("{a: ", "[", "- ", "a:\n  ", "[{b: "), Gen.Int[1, 5000]).Select((open, depth) => string.Concat(Enumerable.Repeat(open, depth)) + "1"),
        Gen.String);

    [Fact]
    public void The_yaml_loader_gives_a_tree_or_located_errors_for_any_text()
    {
        long iterations = PropertyRuns.Iterations(300);
        YamlText.Sample(text =>
        {
            var reader = new YamlReader("r.yaml", "GIX0001");
            var root = reader.LoadRoot(text);
            Assert.True(root is not null || reader.Errors.Count > 0);
            foreach (var error in reader.Errors)
            {
                Assert.InRange(error.Render().Length, 1, 2000);
                Assert.True(error.Line >= 0 && error.Column >= 0);
            }
            PropertyRuns.AssertMemoryBounded();
        }, iter: iterations, threads: PropertyRuns.Threads);
        PropertyRuns.Report(nameof(The_yaml_loader_gives_a_tree_or_located_errors_for_any_text), iterations);
    }
}
