using GovInfo.Report.Binding;
using GovInfo.Report.Documents;
using GovInfo.Report.Template;
using GovInfo.Report.Text;

namespace GovInfo.Dsl.Runtime;

/// <summary>A paragraph or list item of narrative text, with its sentences and the official section it sits in.</summary>
public sealed record ParagraphNode(Block Block, TextSpan TextSpan, string Text, IReadOnlyList<Sentence> Sentences, ReportSection? Section);

/// <summary>A sentence of the model (see <see cref="Report.Documents.Sentences"/>) with the paragraph it belongs to.</summary>
public sealed record SentenceNode(Sentence Sentence, ParagraphNode Paragraph)
{
    public TextSpan Span => Sentence.Span;
    public string Text => Sentence.Text;
}

/// <summary>A bound row of an official table (as the binder made it) with the table it belongs to.</summary>
public sealed record RowNode(BoundTable Table, BoundRow Bound)
{
    /// <summary>The template row.</summary>
    public LabelNode Row => Bound.Row;

    /// <summary>The row's cells in column order.</summary>
    public IReadOnlyList<BoundCell> Cells => Bound.Cells;

    public TableRow SourceRow => Bound.Source;

    /// <summary>The grid of the row's table (<see cref="TableGrid"/>), in which <see cref="Ordinal"/> numbers the row.</summary>
    public TableGrid? Grid { get; init; }

    /// <summary>The template row's number in <see cref="Grid"/> (-1 when it has none), so its cells are read by position.</summary>
    public int Ordinal { get; init; } = -1;
}

/// <summary>A leaf column of an official table.</summary>
public sealed record ColumnNode(BoundTable Table, LabelNode Column)
{
    /// <summary>The grid of the column's table (<see cref="TableGrid"/>), in which <see cref="Ordinal"/> numbers the column.</summary>
    public TableGrid? Grid { get; init; }

    /// <summary>The column's number in <see cref="Grid"/> (-1 when it has none), so its cells are read by position.</summary>
    public int Ordinal { get; init; } = -1;
}

/// <summary>A bound cell of an official table.</summary>
public sealed record CellNode(BoundTable Table, BoundCell Cell);

/// <summary>A bound report with the derived views rules navigate: paragraphs, sentences, rows; computed once per report.</summary>
public sealed class ReportView
{
    public ReportView(Report.Binding.Report report)
    {
        Report = report;
        Values = new ReportValues(this);
        // Blocks are records: compare them by identity, not by hashing their text.
        _sectionOf = new Dictionary<Block, ReportSection>(ReferenceEqualityComparer.Instance);
        foreach (var section in report.Sections)
            foreach (var block in section.Blocks) _sectionOf.TryAdd(block, section);

        var paragraphs = new List<ParagraphNode>();
        foreach (var block in report.Document.Blocks)
        {
            if (block is Paragraph p) paragraphs.Add(new ParagraphNode(block, p.Span, p.Text, p.Sentences, _sectionOf.GetValueOrDefault(block)));
            else if (block is ListItem l) paragraphs.Add(new ParagraphNode(block, l.TextSpan, l.Text, l.Sentences, _sectionOf.GetValueOrDefault(block)));
        }
        Paragraphs = paragraphs;
        var sentences = new List<SentenceNode>();
        foreach (var paragraph in paragraphs)
            foreach (var sentence in paragraph.Sentences) sentences.Add(new SentenceNode(sentence, paragraph));
        Sentences = sentences;

        _rowNodes = new RowNode[report.Tables.Count][];
        var rows = new List<RowNode>();
        for (int t = 0; t < report.Tables.Count; t++)
        {
            var table = report.Tables[t];
            var own = _rowNodes[t] = new RowNode[table.Rows.Count];
            var grid = TableGrid.Of(table.Definition);
            for (int i = 0; i < own.Length; i++)
                rows.Add(own[i] = new RowNode(table, table.Rows[i]) { Grid = grid, Ordinal = grid.RowOrdinal(table.Rows[i].Row) });
        }
        Rows = rows;
    }

    private readonly Dictionary<Block, ReportSection> _sectionOf;

    // Per table (in report order), per bound row (by its index in the table).
    private readonly RowNode[][] _rowNodes;

    /// <summary>The node of a table's bound row, made once per report; null when the report does not show the row.</summary>
    public RowNode? RowOf(BoundTable table, LabelNode row)
        => table.Row(row) is { } bound && IndexOf(table) is { } t ? _rowNodes[t][bound.Index] : null;

    /// <summary>The table's rows in source order (none for a table of another report).</summary>
    public IReadOnlyList<RowNode> RowsOf(BoundTable table) => IndexOf(table) is { } t ? _rowNodes[t] : [];

    /// <summary>The table's position in the report; null for a table of another report.</summary>
    private int? IndexOf(BoundTable table)
    {
        var tables = Report.Tables;
        for (int t = 0; t < tables.Count; t++)
            if (ReferenceEquals(tables[t], table)) return t;
        return null;
    }

    public Report.Binding.Report Report { get; }

    /// <summary>The values of the report's parts made once per report and shared: the one per-report cache (docs/caching.md).</summary>
    public ReportValues Values { get; }
    public SourceText Source => Report.Document.Source;
    public IReadOnlyList<ParagraphNode> Paragraphs { get; }
    public IReadOnlyList<SentenceNode> Sentences { get; }
    public IReadOnlyList<RowNode> Rows { get; }

    private IReadOnlyList<PassageNode>? _passages;

    /// <summary>The report's passages (title, headings, paragraphs, list items, text cells), made when a rule first asks.</summary>
    public IReadOnlyList<PassageNode> Passages => _passages ??= PassageNode.Of(Report.Document);

    private ILookup<ReportSection, ParagraphNode>? _paragraphsBySection;
    private ILookup<ReportSection, SentenceNode>? _sentencesBySection;

    // Grouped once (by identity: sections are records), not filtered per call.
    public IEnumerable<ParagraphNode> ParagraphsOf(ReportSection section)
        => (_paragraphsBySection ??= Paragraphs.Where(p => p.Section is not null).ToLookup<ParagraphNode, ReportSection>(p => p.Section!, ReferenceEqualityComparer.Instance))[section];

    public IEnumerable<SentenceNode> SentencesOf(ReportSection section)
        => (_sentencesBySection ??= Sentences.Where(s => s.Paragraph.Section is not null).ToLookup<SentenceNode, ReportSection>(s => s.Paragraph.Section!, ReferenceEqualityComparer.Instance))[section];

    /// <summary>The section's own text: from its heading to the end of its last block.</summary>
    public TextValue TextOf(ReportSection section)
        => section.Span is { } span ? TextValue.Slice(Source.Text, span) : new TextValue("", null, []);

    /// <summary>The section's text after its first heading.</summary>
    public TextValue BodyOf(ReportSection section)
    {
        if (section.Span is not { } span || section.Heading is not { } heading) return new TextValue("", null, []);
        return TextValue.Slice(Source.Text, TextSpan.FromBounds(heading.Span.End, span.End));
    }

    private Dictionary<Heading, Heading>? _previousSiblings;

    /// <summary>
    /// The nearest earlier heading of the same section with the same numbering style, provided no heading
    /// of a shallower numbering style (a parent) comes between them. All are found in one walk, when first asked.
    /// </summary>
    public Heading? PreviousSibling(Heading heading)
    {
        _previousSiblings ??= PreviousSiblings(Report.Sections);
        return _previousSiblings.GetValueOrDefault(heading);
    }

    /// <summary>
    /// Each numbered heading's previous sibling, in one walk per section: the last heading seen of each numbering style
    /// and level, forgotten when a heading of a shallower style (a parent) comes. Linear in the blocks (a style and
    /// level table is small), where a backward scan per heading would be quadratic.
    /// </summary>
    private static Dictionary<Heading, Heading> PreviousSiblings(IEnumerable<ReportSection> sections)
    {
        var previous = new Dictionary<Heading, Heading>(ReferenceEqualityComparer.Instance);
        var last = new Dictionary<(NumberingStyle Style, int Level), Heading>();
        foreach (var section in sections)
        {
            last.Clear();
            foreach (var block in section.Blocks)
            {
                if (block is not Heading { Numbering: { } numbering } heading) continue;
                if (last.TryGetValue((numbering.Style, heading.Level), out var sibling)) previous.TryAdd(heading, sibling);
                foreach (var key in last.Keys.Where(k => k.Style > numbering.Style).ToList()) last.Remove(key);
                last[(numbering.Style, heading.Level)] = heading;
            }
        }
        return previous;
    }
}
