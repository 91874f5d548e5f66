using System.Buffers;
using GovInfo.Report.Text;

namespace GovInfo.Report.Documents;

/// <summary>A sentence of a paragraph or list item: its span in the source and its text.</summary>
public sealed record Sentence(TextSpan Span, string Text);

/// <summary>What a sentence is: a stretch of narrative text up to and including a sentence end, or to the text's end.</summary>
public static class Sentences
{
    // 。！？； and their half-width forms. A colon introduces what follows and does not end a sentence.
    private static readonly SearchValues<char> Ends = SearchValues.Create("。！？；!?;");

    /// <summary>Whether a character ends a sentence: 。！？； or !?;.</summary>
    public static bool IsEnd(char c) => Ends.Contains(c);

    /// <summary>
    /// The sentences of a text that starts at <paramref name="start"/> in the source: each runs to the next
    /// sentence end (included) or to the text's end, without leading white space; blank stretches are none.
    /// </summary>
    public static IReadOnlyList<Sentence> Split(string text, int start)
    {
        var sentences = new List<Sentence>();
        for (int from = 0; from < text.Length;)
        {
            int end = text.AsSpan(from).IndexOfAny(Ends);
            end = end < 0 ? text.Length : from + end + 1;
            int s = from;
            while (s < end && char.IsWhiteSpace(text[s])) s++;
            if (s < end) sentences.Add(new Sentence(new TextSpan(start + s, end - s), text[s..end]));
            from = end;
        }
        return sentences;
    }
}
