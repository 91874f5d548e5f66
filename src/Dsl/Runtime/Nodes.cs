using GovInfo.Report.Binding;
using GovInfo.Report.Documents;
using GovInfo.Report.Text;

namespace GovInfo.Dsl.Runtime;

/// <summary>A regex match inside a text value, located in the report when the text is a slice of it.</summary>
public sealed record MatchNode(System.Text.RegularExpressions.Match Match, TextValue Source)
{
    public TextValue Slice(int index, int length) => Source.Part(index, length);

    /// <summary>Where the match lies in the report: in the source text, or at the text's first origin when it is not a slice of the report.</summary>
    public TextSpan? Location => Source.SourceStart is { } start ? new TextSpan(start + Match.Index, Match.Length)
        : Source.Origins.IsEmpty ? null : Source.Origins[0];
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

    public static NodeValue Match(MatchNode match) => new(match, match.Location, match.Match.Value);

    /// <summary>A cell's number, located at the cell; null (still located) when the cell is missing, empty or not a number.</summary>
    public static Value CellNumber(BoundCell cell)
    {
        var span = cell.Cell?.Span ?? cell.SourceRow.Span;
        return cell.Number is { } n ? new NumberValue(n, span) : new NullValue(span);
    }
}
