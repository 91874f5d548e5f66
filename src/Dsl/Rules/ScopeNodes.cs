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

    /// <summary>The characters of <see cref="Text"/>, read from the report without making the value (a trigger's search).</summary>
    public ReadOnlySpan<char> Chars => _text is { } text ? text.Span : _span is { } span ? _source.AsSpan(span.Start, span.Length) : default;
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
        ScopeKind.Passage => DslType.Passage,
        _ => DslType.Cell,
    };

    public static IReadOnlyList<ScopeNode> Enumerate(ReportView view, ScopeKind scope, string? tableKey = null)
    {
        string source = view.Source.Text;
        var report = view.Report;
        var nodes = new List<ScopeNode>(scope switch
        {
            ScopeKind.Document => 1,
            ScopeKind.Section => report.Sections.Count,
            ScopeKind.Paragraph => view.Paragraphs.Count,
            ScopeKind.Sentence => view.Sentences.Count,
            ScopeKind.Table => report.Tables.Count,
            ScopeKind.Row => view.Rows.Count,
            ScopeKind.Passage => view.Passages.Count,
            _ => report.Tables.Sum(t => t.IsFound ? t.Cells.Count : 0),
        });
        switch (scope)
        {
            case ScopeKind.Document:
                nodes.Add(new ScopeNode(Nodes.Report(view), TextValue.FromSource(source, 0)));
                break;
            case ScopeKind.Section:
                foreach (var s in report.Sections) nodes.Add(new ScopeNode(Nodes.Section(s), view.TextOf(s)));
                break;
            // Paragraphs and sentences already hold their text: no second copy.
            case ScopeKind.Paragraph:
                foreach (var p in view.Paragraphs) nodes.Add(new ScopeNode(Nodes.Paragraph(p), TextValue.FromSource(p.Text, p.TextSpan.Start)));
                break;
            case ScopeKind.Sentence:
                foreach (var s in view.Sentences) nodes.Add(new ScopeNode(Nodes.Sentence(s), TextValue.FromSource(s.Text, s.Span.Start)));
                break;
            case ScopeKind.Table:
                foreach (var t in report.Tables)
                    if (Wanted(t.Definition.Key, tableKey)) nodes.Add(new ScopeNode(Nodes.Table(t), source, t.Source?.Span));
                break;
            case ScopeKind.Passage:
                foreach (var p in view.Passages) nodes.Add(new ScopeNode(Nodes.Passage(p), source, p.Span));
                break;
            case ScopeKind.Row:
                foreach (var r in view.Rows)
                    if (Wanted(r.Table.Definition.Key, tableKey)) nodes.Add(new ScopeNode(Nodes.Row(r), source, r.SourceRow.Span));
                break;
            default:
                foreach (var t in report.Tables)
                {
                    if (!t.IsFound || !Wanted(t.Definition.Key, tableKey)) continue;
                    foreach (var c in t.Cells) nodes.Add(new ScopeNode(view.Values.Cell(t, c), source, c.Cell?.Span));
                }
                break;
        }
        return nodes;
    }

    private static bool Wanted(string key, string? tableKey) => tableKey is null || key == tableKey;
}
