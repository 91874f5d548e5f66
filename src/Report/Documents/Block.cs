using GovInfo.Report.Text;

namespace GovInfo.Report.Documents;

/// <summary>A block of a report document (title, heading, paragraph, list item or table) with its source span.</summary>
public abstract record Block(TextSpan Span);

/// <summary>The report's title line, such as 某某局 2024 年政府信息公开工作年度报告.</summary>
public sealed record TitleBlock(TextSpan Span, TextSpan TextSpan, string Text) : Block(Span);

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
