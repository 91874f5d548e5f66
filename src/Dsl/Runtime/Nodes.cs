using GovInfo.Report.Binding;
using GovInfo.Report.Documents;
using GovInfo.Report.Text;

namespace GovInfo.Dsl.Runtime;

/// <summary>A match inside a text value (a regex's, or a doubled word's), located in the report when the text is a slice of it.</summary>
public abstract class MatchNode(TextValue source)
{
    /// <summary>The text the match was found in.</summary>
    public TextValue Source { get; } = source;

    /// <summary>Where the match starts in <see cref="Source"/>.</summary>
    public abstract int Index { get; }

    /// <summary>How many UTF-16 characters the match covers.</summary>
    public abstract int Length { get; }

    /// <summary>The matched text.</summary>
    public string Value => Source.Span.Slice(Index, Length).ToString();

    /// <summary>Where the group named or numbered <paramref name="name"/> lies in <see cref="Source"/>, or null when it took no part in the match.</summary>
    public abstract (int Index, int Length)? Group(string name);

    public TextValue Slice(int index, int length) => Source.Part(index, length);

    /// <summary>Where the match lies in the report: in the source text, or at the text's first origin when it is not a slice of the report.</summary>
    public TextSpan? Location => Source.SourceStart is { } start ? new TextSpan(start + Index, Length)
        : Source.Origins.IsEmpty ? null : Source.Origins[0];
}

/// <summary>A regular expression's match.</summary>
public sealed class RegexMatchNode(System.Text.RegularExpressions.Match match, TextValue source) : MatchNode(source)
{
    public System.Text.RegularExpressions.Match Match { get; } = match;
    public override int Index => Match.Index;
    public override int Length => Match.Length;

    public override (int Index, int Length)? Group(string name)
    {
        var group = int.TryParse(name, out int index) ? Match.Groups[index] : Match.Groups[name];
        return group.Success ? (group.Index, group.Length) : null;
    }
}

/// <summary>Wraps report parts as runtime values, each located at the span a finding about it should underline.</summary>
public static class Nodes
{
    public static NodeValue Report(ReportView view) => new(view.Report, view.Report.Title?.Block.TextSpan, view.Report.Title?.Block.Text ?? "报告");

    public static Value Title(ReportView view) => view.Report.Title is { } t ? new NodeValue(t, t.Block.TextSpan, t.Block.Text) : Value.Null;

    public static NodeValue Section(ReportSection section) => new(section, section.Heading?.TextSpan, section.Heading?.Text ?? section.Definition.OfficialHeading);

    public static NodeValue Heading(Heading heading) => new(heading, heading.TextSpan, heading.Text);

    public static NodeValue Paragraph(ParagraphNode paragraph) => new(paragraph, paragraph.TextSpan, paragraph.Text);

    public static NodeValue Sentence(SentenceNode sentence) => new(sentence, sentence.Span, sentence.Text);

    public static NodeValue Passage(PassageNode passage) => new(passage, passage.Span, passage.Display);

    public static NodeValue Table(BoundTable table) => new(table, table.Source?.Span, table.Definition.Title);

    public static NodeValue Row(RowNode row) => new(row, row.SourceRow.Span, row.Row.Label);

    public static NodeValue Column(ColumnNode column) => new(column, null, column.Column.Label);

    public static NodeValue Cell(CellNode cell) => new(cell, cell.Cell.Cell?.Span ?? cell.Cell.SourceRow.Span, cell.Cell.Cell?.Text ?? "（缺少单元格）");

    public static NodeValue Match(MatchNode match) => new(match, match.Location, match.Value);

    /// <summary>A cell's number, located at the cell; null (still located) when the cell is missing, empty or not a number.</summary>
    public static Value CellNumber(BoundCell cell)
    {
        var span = cell.Cell?.Span ?? cell.SourceRow.Span;
        return cell.Number is { } n ? new NumberValue(n, span) : new NullValue(span);
    }
}
