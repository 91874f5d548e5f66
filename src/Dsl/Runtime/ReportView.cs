using GovInfo.Report.Binding;
using GovInfo.Report.Documents;
using GovInfo.Report.Template;
using GovInfo.Report.Text;

namespace GovInfo.Dsl.Runtime;

/// <summary>A paragraph or list item of narrative text, with the official section it sits in.</summary>
public sealed record ParagraphNode(Block Block, TextSpan TextSpan, string Text, ReportSection? Section);

/// <summary>A sentence: a stretch of a paragraph ending in 。！？； (or the paragraph's end).</summary>
public sealed record SentenceNode(TextSpan Span, string Text, ParagraphNode Paragraph);

/// <summary>A bound row of an official table with its cells in column order.</summary>
public sealed record RowNode(BoundTable Table, LabelNode Row, IReadOnlyList<BoundCell> Cells, TableRow? SourceRow);

/// <summary>A leaf column of an official table.</summary>
public sealed record ColumnNode(BoundTable Table, LabelNode Column);

/// <summary>A bound cell of an official table.</summary>
public sealed record CellNode(BoundTable Table, BoundCell Cell);

/// <summary>A bound report with the derived views rules navigate: paragraphs, sentences, rows; computed once per report.</summary>
public sealed class ReportView
{
    private static readonly char[] SentenceEnds = ['。', '！', '？', '；', '!', '?', ';'];

    public ReportView(Report.Binding.Report report)
    {
        Report = report;
        Values = new ReportValues(this);
        var sectionOf = new Dictionary<Block, ReportSection>();
        foreach (var section in report.Sections)
            foreach (var block in section.Blocks) sectionOf.TryAdd(block, section);

        Paragraphs = report.Document.Blocks
            .Select(b => b switch
            {
                Paragraph p => new ParagraphNode(b, p.Span, p.Text, sectionOf.GetValueOrDefault(b)),
                ListItem l => new ParagraphNode(b, l.TextSpan, l.Text, sectionOf.GetValueOrDefault(b)),
                _ => null,
            })
            .OfType<ParagraphNode>()
            .ToList();
        Sentences = Paragraphs.SelectMany(Split).ToList();
        Rows = report.Tables.Where(t => t.IsFound)
            .SelectMany(t => t.Cells.GroupBy(c => c.Row).Select(g => new RowNode(t, g.Key, g.ToList(), g.First().SourceRow)))
            .ToList();
        _rowIndex = Rows.ToDictionary(r => (r.Table, r.Row));
    }

    private readonly Dictionary<(BoundTable, Report.Template.LabelNode), RowNode> _rowIndex;

    public RowNode? RowOf(BoundTable table, Report.Template.LabelNode row) => _rowIndex.GetValueOrDefault((table, row));

    private readonly Dictionary<BoundCell, Value> _cellValues = new(ReferenceEqualityComparer.Instance);

    /// <summary>A cell's number as a value, made once per report: arithmetic rules read the same cells many times.</summary>
    public Value CellNumber(BoundCell cell)
    {
        if (!_cellValues.TryGetValue(cell, out var value)) _cellValues[cell] = value = Nodes.CellNumber(cell);
        return value;
    }

    public Report.Binding.Report Report { get; }

    /// <summary>The values of the report's parts, made once per report.</summary>
    public ReportValues Values { get; }
    public SourceText Source => Report.Document.Source;
    public IReadOnlyList<ParagraphNode> Paragraphs { get; }
    public IReadOnlyList<SentenceNode> Sentences { get; }
    public IReadOnlyList<RowNode> Rows { get; }

    public IEnumerable<ParagraphNode> ParagraphsOf(ReportSection section) => Paragraphs.Where(p => p.Section == section);
    public IEnumerable<SentenceNode> SentencesOf(ReportSection section) => Sentences.Where(s => s.Paragraph.Section == section);

    /// <summary>The section's own text: from its heading to the end of its last block.</summary>
    public TextValue TextOf(ReportSection section)
        => section.Span is { } span ? TextValue.Slice(Source.Text, span) : new TextValue("", null, []);

    /// <summary>The section's text after its first heading.</summary>
    public TextValue BodyOf(ReportSection section)
    {
        if (section.Span is not { } span || section.Heading is not { } heading) return new TextValue("", null, []);
        return TextValue.Slice(Source.Text, TextSpan.FromBounds(heading.Span.End, span.End));
    }

    /// <summary>
    /// The nearest earlier heading of the same section with the same numbering style, provided no heading
    /// of a shallower numbering style (a parent) comes between them.
    /// </summary>
    public Heading? PreviousSibling(Heading heading)
    {
        if (heading.Numbering is not { } numbering) return null;
        var section = Report.Sections.FirstOrDefault(s => s.Blocks.Contains(heading));
        if (section is null) return null;
        var headings = section.Blocks.OfType<Heading>().Where(h => h.Span.Start < heading.Span.Start).Reverse();
        foreach (var earlier in headings)
        {
            if (earlier.Numbering is not { } n) continue;
            if (n.Style == numbering.Style && earlier.Level == heading.Level) return earlier;
            if (n.Style < numbering.Style) return null;
        }
        return null;
    }

    private static IEnumerable<SentenceNode> Split(ParagraphNode paragraph)
    {
        string text = paragraph.Text;
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOfAny(SentenceEnds, start);
            end = end < 0 ? text.Length : end + 1;
            int s = start;
            while (s < end && char.IsWhiteSpace(text[s])) s++;
            if (s < end) yield return new SentenceNode(new TextSpan(paragraph.TextSpan.Start + s, end - s), text[s..end], paragraph);
            start = end;
        }
    }
}
