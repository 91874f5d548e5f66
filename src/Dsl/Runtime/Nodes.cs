using GovInfo.Report.Binding;
using GovInfo.Report.Documents;

namespace GovInfo.Dsl.Runtime;

/// <summary>A regex match inside a text value, located in the report when the text is a slice of it.</summary>
public sealed record MatchNode(System.Text.RegularExpressions.Match Match, TextValue Source)
{
    public TextValue Slice(int index, int length)
    {
        string text = Source.Text.Substring(index, length);
        return Source.SourceStart is { } start ? TextValue.FromSource(text, start + index) : new TextValue(text, null, Source.Origins);
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

    public static NodeValue Table(BoundTable table) => new(table, table.Source?.Span, table.Definition.Title);

    public static NodeValue Row(RowNode row) => new(row, row.SourceRow?.Span, row.Row.Label);

    public static NodeValue Column(ColumnNode column) => new(column, null, column.Column.Label);

    public static NodeValue Cell(CellNode cell) => new(cell, cell.Cell.Cell?.Span ?? cell.Cell.SourceRow.Span, cell.Cell.Cell?.Text ?? "（缺少单元格）");

    public static NodeValue Match(MatchNode match)
    {
        var text = match.Slice(match.Match.Index, match.Match.Length);
        return new NodeValue(match, text.Origins.IsEmpty ? null : text.Origins[0], match.Match.Value);
    }

    /// <summary>A cell's number, located at the cell; null (still located) when the cell is missing, empty or not a number.</summary>
    public static Value CellNumber(BoundCell cell)
    {
        var span = cell.Cell?.Span ?? cell.SourceRow.Span;
        return cell.Number is { } n ? new NumberValue(n, [span]) : new NullValue([span]);
    }
}
