using System.Text;
using GovInfo.Report.Text;

using GovInfo.Tests;

namespace GovInfo.Report.Tests;

public class SourceDecoderTests
{
    private const string Sample = "某某局 2024 年政府信息公开工作年度报告\n一、总体情况“123”\n";

    [Fact]
    public void Reads_utf8_without_bom()
    {
        var text = Decode(Encoding.UTF8.GetBytes(Sample));
        Assert.Equal(Sample, text.Text);
        Assert.Equal("utf-8", text.Encoding.WebName);
        Assert.False(text.HadByteOrderMark);
    }

    [Fact]
    public void Reads_utf8_with_bom_and_drops_it_from_the_text()
    {
        var text = Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)]);
        Assert.Equal(Sample, text.Text);
        Assert.True(text.HadByteOrderMark);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reads_utf16_with_bom(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var text = Decode([.. encoding.GetPreamble(), .. encoding.GetBytes(Sample)]);
        Assert.Equal(Sample, text.Text);
        Assert.Equal(bigEndian ? "utf-16BE" : "utf-16", text.Encoding.WebName);
    }

    [Fact]
    public void Detects_gb18030()
    {
        var bytes = SourceDecoder.Gb18030.GetBytes(Sample);
        Assert.NotEqual(Encoding.UTF8.GetBytes(Sample), bytes);
        var text = Decode(bytes);
        Assert.Equal(Sample, text.Text);
        Assert.Equal(SourceDecoder.Gb18030CodePage, text.Encoding.CodePage);
    }

    [Fact]
    public void Nul_bytes_are_a_clear_error()
    {
        Assert.False(SourceDecoder.TryDecode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00], "a.docx", out _, out var error));
        Assert.Contains("NUL", error);
    }

    [Fact]
    public void Bytes_that_are_neither_utf8_nor_gb18030_are_a_clear_error()
    {
        // 0x80 alone is invalid in UTF-8, and 0xFF is never a GB18030 lead byte.
        Assert.False(SourceDecoder.TryDecode([0x41, 0xFF, 0x80, 0x41], "x.txt", out _, out var error));
        Assert.Contains("编码", error);
    }

    [Fact]
    public void Control_characters_mean_binary()
    {
        var bytes = Enumerable.Repeat((byte)0x01, 50).Concat("abc"u8.ToArray()).ToArray();
        Assert.False(SourceDecoder.TryDecode(bytes, "x.bin", out _, out var error));
        Assert.Contains("二进制", error);
    }

    [Theory]
    [InlineData("𠀋 surrogate pairs 😀 and a last line without a break")]
    [InlineData("a")]
    [InlineData("ｅｎｄ：全角")]
    public void Any_well_formed_utf8_reads_as_written(string text)
    {
        Assert.Equal(text, Decode(Encoding.UTF8.GetBytes(text)).Text);
        Assert.Equal(text, Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]).Text);
    }

    [Theory]
    [InlineData(new byte[] { 0xC0, 0xAF })]             // an overlong '/'
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]       // an encoded surrogate
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })] // beyond U+10FFFF
    [InlineData(new byte[] { 0xE4, 0xB8 })]             // a sequence cut at the end
    public void Ill_formed_utf8_is_not_read_as_utf8(byte[] tail)
    {
        byte[] bytes = [.. "报告"u8, .. tail];
        Assert.False(SourceDecoder.TryDecode(bytes, "t.txt", out var text, out _) && text.Encoding.WebName == "utf-8");
        // After a UTF-8 byte order mark, ill-formed bytes are an error of their own.
        Assert.False(SourceDecoder.TryDecode([0xEF, 0xBB, 0xBF, .. bytes], "t.txt", out _, out var error));
        Assert.Contains("BOM", error);
    }

    [Fact]
    public void Empty_file_is_empty_text()
        => Assert.Equal("", Decode([]).Text);

    private static SourceText Decode(byte[] bytes)
    {
        Assert.True(SourceDecoder.TryDecode(bytes, "t.txt", out var text, out var error), error);
        return text;
    }
}
