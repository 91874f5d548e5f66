using GovInfo.Report.Documents;
using GovInfo.Report.Formats.Text;
using GovInfo.Report.Reading;
using GovInfo.Report.Text;

namespace GovInfo.Report.Tests;

/// <summary>Sentences are part of the model, with one definition of where a sentence ends.</summary>
public class SentenceTests
{
    private static Document Read(string text) => new PlainTextReader().Read(new SourceText(text, "t.txt"));

    [Fact]
    public void A_sentence_ends_at_full_and_half_width_stops_question_and_exclamation_marks_and_semicolons_only()
    {
        Assert.All("。！？；!?;", c => Assert.True(Sentences.IsEnd(c), c.ToString()));
        Assert.All("：:，,、.．…\n", c => Assert.False(Sentences.IsEnd(c), c.ToString()));
    }

    [Fact]
    public void A_paragraph_exposes_its_sentences_with_their_spans_in_the_source()
    {
        const string text = "一、总体情况\n\n本年度收到申请 5 件；办结 5 件。 全部按期答复！还有一句?  最后没有句号\n";
        var paragraph = Assert.Single(Read(text).Blocks.OfType<Paragraph>());
        Assert.Equal(["本年度收到申请 5 件；", "办结 5 件。", "全部按期答复！", "还有一句?", "最后没有句号"], paragraph.Sentences.Select(s => s.Text));
        Assert.All(paragraph.Sentences, s => Assert.Equal(s.Text, text.Substring(s.Span.Start, s.Span.Length)));
        Assert.Same(paragraph.Sentences, paragraph.Sentences);
    }

    [Fact]
    public void A_list_item_splits_its_content_after_the_marker()
    {
        const string text = "一、总体情况\n\n- 第一项。第二项\n";
        var item = Assert.Single(Read(text).Blocks.OfType<ListItem>());
        Assert.Equal(["第一项。", "第二项"], item.Sentences.Select(s => s.Text));
        Assert.Equal(text.IndexOf("第一项", StringComparison.Ordinal), item.Sentences[0].Span.Start);
    }

    [Fact]
    public void Blank_stretches_are_no_sentences_and_a_colon_does_not_end_one()
    {
        Assert.Equal(["说明：如下。", "再见"], Sentences.Split("说明：如下。  。再见", 10).Where(s => s.Text != "。").Select(s => s.Text));
        Assert.Equal(new TextSpan(18, 1), Sentences.Split("说明：如下。  。再见", 10)[1].Span);
        Assert.Empty(Sentences.Split("   ", 0));
    }

    [Fact]
    public void A_paragraph_equals_an_equal_paragraph_whether_or_not_its_sentences_were_split()
    {
        var a = new Paragraph(new TextSpan(0, 4), "甲。乙。", null);
        var b = new Paragraph(new TextSpan(0, 4), "甲。乙。", null);
        _ = a.Sentences;
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new Paragraph(new TextSpan(0, 4), "甲。丙。", null));
    }

    [Fact]
    public void A_line_ends_a_paragraph_at_a_sentence_end_or_a_colon()
    {
        foreach (char c in "。！？；!?;：:，、a")
            Assert.Equal(Sentences.IsEnd(c) || c is '：' or ':', ParagraphReader.EndsSentence($"一行文字{c}  "));
        var doc = Read("一、总体情况\n\n如下：\n第一行\n接着写。\n新段落\n");
        Assert.Equal(["如下：", "第一行\n接着写。", "新段落"], doc.Blocks.OfType<Paragraph>().Select(p => p.Text));
    }
}
