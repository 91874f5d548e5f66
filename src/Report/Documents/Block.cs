using GovInfo.Report.Text;

namespace GovInfo.Report.Documents;

/// <summary>A block of a report document (title, heading, paragraph, list item or table) with its source span.</summary>
public abstract record Block(TextSpan Span);

/// <summary>
/// The report's title, such as 某某局 2024 年政府信息公开工作年度报告. A title wrapped over lines (as text
/// extracted from a PDF has it) is its <see cref="Pieces"/>, one per line; <see cref="Text"/> joins them.
/// </summary>
public sealed record TitleBlock(TextSpan Span, TextSpan TextSpan, string Text) : Block(Span)
{
    private readonly IReadOnlyList<TextSpan>? _pieces;

    /// <summary>The stretches of source text the title is made of, in order: its text span alone unless it wraps.</summary>
    public IReadOnlyList<TextSpan> Pieces { get => _pieces ?? [TextSpan]; init => _pieces = value; }

    /// <summary>Whether <see cref="Text"/> is the source text of <see cref="TextSpan"/> as it stands (the title does not wrap).</summary>
    public bool IsContiguous => _pieces is null || _pieces.Count == 1;

    /// <summary>The source offset of the character at <paramref name="index"/> of <see cref="Text"/> (or just after the last one).</summary>
    public int SourceOffset(int index)
    {
        foreach (var piece in Pieces)
        {
            if (index < piece.Length) return piece.Start + index;
            index -= piece.Length;
        }
        return Pieces[^1].End + index;
    }

    /// <summary>The source span of <paramref name="length"/> characters of <see cref="Text"/> from <paramref name="index"/>, up to the end of the piece it starts in.</summary>
    public TextSpan SourceSpan(int index, int length)
    {
        int start = SourceOffset(index);
        int end = SourceOffset(index + length - 1) + 1;
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }
}

/// <summary>How a heading was written.</summary>
public enum HeadingSyntax
{
    /// <summary>Marked as a heading: Markdown <c>#</c> or Setext, an HTML <c>h1</c>–<c>h6</c>, a Word heading style or outline level.</summary>
    Markdown,
    /// <summary>A short line that starts with numbering (一、 （一）), recognised by its wording.</summary>
    Numbered,
}

/// <summary>A heading; <see cref="Text"/> is everything after the Markdown markers, numbering included.</summary>
public sealed record Heading(
    TextSpan Span,
    int Level,
    HeadingSyntax Syntax,
    TextSpan TextSpan,
    string Text,
    Numbering? Numbering,
    TextSpan TitleSpan,
    string Title) : Block(Span);

/// <summary>A paragraph; <see cref="Text"/> is the exact source text of <see cref="Block.Span"/>, line breaks included.</summary>
public sealed record Paragraph(TextSpan Span, string Text, Numbering? Numbering) : Block(Span)
{
    private IReadOnlyList<Sentence>? _sentences;

    /// <summary>The paragraph's sentences (see <see cref="Documents.Sentences"/>), split when first asked for.</summary>
    public IReadOnlyList<Sentence> Sentences => _sentences ??= Documents.Sentences.Split(Text, Span.Start);

    // Equality is the paragraph's, not whether its sentences were split yet.
    public bool Equals(Paragraph? other) => base.Equals(other) && Text == other.Text && Numbering == other.Numbering;

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Text, Numbering);
}

/// <summary>A list item; <see cref="Text"/> is the item's content after its marker.</summary>
public sealed record ListItem(TextSpan Span, int Depth, TextSpan TextSpan, string Text) : Block(Span)
{
    private IReadOnlyList<Sentence>? _sentences;

    /// <summary>The item's sentences (see <see cref="Documents.Sentences"/>) in its content, split when first asked for.</summary>
    public IReadOnlyList<Sentence> Sentences => _sentences ??= Documents.Sentences.Split(Text, TextSpan.Start);

    // Equality is the item's, not whether its sentences were split yet.
    public bool Equals(ListItem? other) => base.Equals(other) && Depth == other.Depth && TextSpan == other.TextSpan && Text == other.Text;

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Depth, TextSpan, Text);
}
