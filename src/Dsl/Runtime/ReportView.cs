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
        // Blocks are records: compare them by identity, not by hashing their text.
        _sectionOf = new Dictionary<Block, ReportSection>(ReferenceEqualityComparer.Instance);
        foreach (var section in report.Sections)
            foreach (var block in section.Blocks) _sectionOf.TryAdd(block, section);

        var paragraphs = new List<ParagraphNode>();
        foreach (var block in report.Document.Blocks)
        {
            if (block is Paragraph p) paragraphs.Add(new ParagraphNode(block, p.Span, p.Text, _sectionOf.GetValueOrDefault(block)));
            else if (block is ListItem l) paragraphs.Add(new ParagraphNode(block, l.TextSpan, l.Text, _sectionOf.GetValueOrDefault(block)));
        }
        Paragraphs = paragraphs;
        var sentences = new List<SentenceNode>();
        foreach (var paragraph in paragraphs) Split(paragraph, sentences);
        Sentences = sentences;

        var rows = new List<RowNode>();
        _rowIndex = [];
        foreach (var table in report.Tables)
            if (table.IsFound && !TryAddRuns(table, rows)) AddGrouped(table, rows);
        Rows = rows;
    }

    /// <summary>
    /// The table's rows as runs of cells with the same template row, which is how the binder adds them;
    /// false, with nothing added, when a row's cells are not together.
    /// </summary>
    private bool TryAddRuns(BoundTable table, List<RowNode> rows)
    {
        var cells = table.Cells;
        int first = rows.Count;
        for (int start = 0, end; start < cells.Count; start = end)
        {
            var label = cells[start].Row;
            for (end = start + 1; end < cells.Count && cells[end].Row == label; end++) { }
            var own = new BoundCell[end - start];
            for (int i = start; i < end; i++) own[i - start] = cells[i];
            var row = new RowNode(table, label, own, own[0].SourceRow);
            if (!_rowIndex.TryAdd((table, label), row))
            {
                for (int i = first; i < rows.Count; i++) _rowIndex.Remove((table, rows[i].Row));
                rows.RemoveRange(first, rows.Count - first);
                return false;
            }
            rows.Add(row);
        }
        return true;
    }

    /// <summary>The table's rows in the order of their first cell, each with its cells in table order.</summary>
    private void AddGrouped(BoundTable table, List<RowNode> rows)
    {
        var cellsOf = new Dictionary<Report.Template.LabelNode, List<BoundCell>>();
        var order = new List<Report.Template.LabelNode>();
        foreach (var cell in table.Cells)
        {
            if (!cellsOf.TryGetValue(cell.Row, out var cells))
            {
                cellsOf[cell.Row] = cells = [];
                order.Add(cell.Row);
            }
            cells.Add(cell);
        }
        foreach (var label in order)
        {
            var cells = cellsOf[label];
            var row = new RowNode(table, label, cells, cells[0].SourceRow);
            rows.Add(row);
            _rowIndex.Add((table, label), row);
        }
    }

    private readonly Dictionary<Block, ReportSection> _sectionOf;
    private readonly Dictionary<(BoundTable, Report.Template.LabelNode), RowNode> _rowIndex;

    public RowNode? RowOf(BoundTable table, Report.Template.LabelNode row) => _rowIndex.GetValueOrDefault((table, row));

    public Report.Binding.Report Report { get; }

    /// <summary>The values of the report's parts made once per report and shared: the one per-report cache (docs/caching.md).</summary>
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
        if (_sectionOf.GetValueOrDefault(heading) is not { } section) return null;
        var blocks = section.Blocks;
        for (int i = blocks.Count - 1; i >= 0; i--)
        {
            if (blocks[i] is not Heading earlier || earlier.Span.Start >= heading.Span.Start) continue;
            if (earlier.Numbering is not { } n) continue;
            if (n.Style == numbering.Style && earlier.Level == heading.Level) return earlier;
            if (n.Style < numbering.Style) return null;
        }
        return null;
    }

    private static void Split(ParagraphNode paragraph, List<SentenceNode> sentences)
    {
        string text = paragraph.Text;
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOfAny(SentenceEnds, start);
            end = end < 0 ? text.Length : end + 1;
            int s = start;
            while (s < end && char.IsWhiteSpace(text[s])) s++;
            if (s < end) sentences.Add(new SentenceNode(new TextSpan(paragraph.TextSpan.Start + s, end - s), text[s..end], paragraph));
            start = end;
        }
    }
}
