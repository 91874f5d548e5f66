using CsCheck;
using GovInfo.Report.Documents;
using GovInfo.Report.Text;

using GovInfo.Tests;

namespace GovInfo.Report.Tests;

/// <summary>Property tests: no input, however broken, makes the reader or binder throw.</summary>
public class ReaderRobustnessTests
{
    private static readonly Gen<string> Token = Gen.OneOfConst(
        "\t", "\n", "\r\n", "\r", "|", " | ", "| --- |", "---", "# ", "## ", "###### ", "- ", "  - ", "* ", "1. ", "一、", "三、",
        "（一）", "(七) ", "3. 其他", "总计", "本年新收政府信息公开申请数量", "本年度办理结果", "不予公开", "自然人", "第二十条第（一）项",
        "信息内容", "行政复议", "结果 维持", "0", "12", "５", "1.5", "/", "-", "报告", "2024 年", "\u3000", " ", "。", "，",
        "<!-- x -->", "```", "> ", "*", "\\", "𠮷", "\uD800", "\0", "六、其他需要报告的事项", "政府信息公开工作年度报告");

    private static readonly Gen<string> Input = Token.Array[0, 120].Select(string.Concat);

    [Fact]
    public void Random_token_soup_never_throws_and_every_span_is_inside_the_text()
    {
        Input.Sample(text =>
        {
            foreach (var path in new[] { "r.txt", "r.md" })
            {
                var report = Reports.FromText(text, path);
                AssertSpansValid(report);
            }
        }, iter: 3000);
    }

    [Fact]
    public void Fixtures_cut_at_random_points_never_throw()
    {
        var fixtures = TestPaths.AllFixtures.Select(File.ReadAllBytes).ToArray();
        Gen.Select(Gen.Int[0, fixtures.Length - 1], Gen.Double[0, 1], Gen.Double[0, 1]).Sample((index, a, b) =>
        {
            var bytes = fixtures[index];
            int cut = (int)(bytes.Length * Math.Min(a, b)), resume = (int)(bytes.Length * Math.Max(a, b));
            // A prefix, and the same file with a slice cut out of its middle.
            foreach (var variant in new[] { bytes[..cut], [.. bytes[..cut], .. bytes[resume..]] })
            {
                foreach (var path in new[] { "cut.txt", "cut.md" })
                {
                    var result = Reports.Loader.Load(variant, path);
                    Assert.True(result.Succeeded || result.Error is { Length: > 0 });
                    if (result.Report is { } report) AssertSpansValid(report);
                }
            }
        }, iter: 1500);
    }

    [Fact]
    public void Random_bytes_are_decoded_or_refused_never_thrown()
    {
        Gen.Byte.Array[0, 400].Sample(bytes =>
        {
            bool ok = SourceDecoder.TryDecode(bytes, "x.txt", out var text, out var error);
            Assert.True(ok ? text is not null : error is { Length: > 0 });
        }, iter: 3000);
    }

    private static void AssertSpansValid(Binding.Report report)
    {
        var source = report.Document.Source;
        foreach (var block in report.Document.Blocks)
        {
            Assert.InRange(block.Span.End, 0, source.Length);
            if (block is Table table)
                foreach (var cell in table.Rows.SelectMany(r => r.Cells))
                    Assert.Equal(cell.Text, source[cell.Span]);
            if (block is Heading heading) Assert.Equal(heading.Text, source[heading.TextSpan]);
        }
    }
}
