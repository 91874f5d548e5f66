using GovInfo.Dsl.Runtime;
using GovInfo.Dsl.Types;
using GovInfo.Report.Template;
using GovInfo.Report.Text;

namespace GovInfo.Dsl.Rules;

/// <summary>A node a rule runs on, and the text that <c>text</c>, <c>forbid</c> and <c>require</c> search in it.</summary>
public sealed class ScopeNode
{
    private readonly string? _source;
    private readonly TextSpan? _span;
    private TextValue? _text;

    public ScopeNode(NodeValue node, TextValue text)
    {
        Node = node;
        _text = text;
    }

    /// <summary>A node whose text is the stretch <paramref name="span"/> of the report (none when null), made only when a rule reads it.</summary>
    public ScopeNode(NodeValue node, string source, TextSpan? span)
    {
        Node = node;
        _source = source;
        _span = span;
    }

    public NodeValue Node { get; }

    public TextValue Text => _text ??= _span is { } span ? TextValue.Slice(_source!, span) : new TextValue("", null, []);
}

/// <summary>The nodes of each scope kind in a report, in document order, and the variable each is bound to.</summary>
public static class ScopeNodes
{
    public static string VariableName(ScopeKind scope) => scope.ToString().ToLowerInvariant();

    public static DslType VariableType(ScopeKind scope, TableDefinition? table) => scope switch
    {
        ScopeKind.Document => DslType.Report,
        ScopeKind.Section => DslType.Section,
        ScopeKind.Paragraph => DslType.Paragraph,
        ScopeKind.Sentence => DslType.Sentence,
        ScopeKind.Table => DslType.TableOf(table),
        ScopeKind.Row => DslType.RowOf(table),
        _ => DslType.Cell,
    };

    public static IEnumerable<ScopeNode> Enumerate(ReportView view, ScopeKind scope, string? tableKey = null)
    {
        string source = view.Source.Text;
        var report = view.Report;
        bool Wanted(string key) => tableKey is null || key == tableKey;

        return scope switch
        {
            ScopeKind.Document => [new ScopeNode(Nodes.Report(view), TextValue.FromSource(source, 0))],
            ScopeKind.Section => report.Sections.Select(s => new ScopeNode(Nodes.Section(s), view.TextOf(s))),
            // Paragraphs and sentences already hold their text: no second copy.
            ScopeKind.Paragraph => view.Paragraphs.Select(p => new ScopeNode(Nodes.Paragraph(p), TextValue.FromSource(p.Text, p.TextSpan.Start))),
            ScopeKind.Sentence => view.Sentences.Select(s => new ScopeNode(Nodes.Sentence(s), TextValue.FromSource(s.Text, s.Span.Start))),
            ScopeKind.Table => report.Tables.Where(t => Wanted(t.Definition.Key)).Select(t => new ScopeNode(Nodes.Table(t), source, t.Source?.Span)),
            ScopeKind.Row => view.Rows.Where(r => Wanted(r.Table.Definition.Key)).Select(r => new ScopeNode(Nodes.Row(r), source, r.SourceRow?.Span)),
            _ => report.Tables.Where(t => t.IsFound && Wanted(t.Definition.Key))
                .SelectMany(t => t.Cells.Select(c => new ScopeNode(Nodes.Cell(new CellNode(t, c)), source, c.Cell?.Span))),
        };
    }
}
