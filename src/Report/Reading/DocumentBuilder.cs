using GovInfo.Report.Documents;
using GovInfo.Report.Text;

namespace GovInfo.Report.Reading;

/// <summary>
/// Collects a report's structure as its reader finds it, in the reader's own vocabulary, and makes the
/// <see cref="Document"/>: blocks a text reader has already made (<see cref="Add"/>), and headings,
/// tables and directives a projecting reader (.docx, HTML) marks on the text it is still writing, made
/// into blocks once the text is complete. Lines no block covers are running text, read by
/// <see cref="RunningText"/> when the format asks for it. Every reader builds its document here; none
/// reads another reader's output.
/// </summary>
/// <param name="format">The format's name (<see cref="Document.Format"/>).</param>
/// <param name="headings">The template's part titles, to find headings written inside running text; none when null.</param>
public sealed class DocumentBuilder(string format, HeadingVocabulary? headings = null)
{
    private readonly List<(int First, int Last)> _runningLines = [];
    private readonly List<Block> _blocks = [];
    private readonly List<Func<SourceText, Block?>> _marked = [];
    private readonly List<Directive> _directives = [];
    private List<PendingRow>? _rows;
    private TableSyntax _tableSyntax;
    private TextSpan? _offeredTitle;
    private PendingRow? _row;
    private int _cells, _tableCells;

    private sealed record PendingCell(int Start, int End, int RowSpan, int ColumnSpan);

    private sealed class PendingRow(int start)
    {
        public int Start { get; } = start;
        public int End { get; set; } = start;
        public List<PendingCell> Cells { get; } = [];
    }

    /// <summary>A block already made from text the reader has.</summary>
    public void Add(Block block) => _blocks.Add(block);

    /// <summary>Lines <paramref name="first"/> to <paramref name="last"/> (1-based, inclusive) that the format leaves as running text (a Markdown paragraph's).</summary>
    public void RunningLines(int first, int last) => _runningLines.Add((first, last));

    /// <summary>A heading the format marks (a Word heading style, <c>h2</c>): <paramref name="span"/> the whole heading, <paramref name="content"/> its text, numbering included.</summary>
    public void Heading(TextSpan span, int level, HeadingSyntax syntax, TextSpan content)
        => _marked.Add(source => HeadingRecognizer.Build(source, span, level, syntax, HeadingRecognizer.TrimBlanks(source.Text, content)));

    /// <summary>
    /// A title the format holds apart from its body (a web page's <c>&lt;title&gt;</c>), written at the start of
    /// the text: the title when the blocks have none (<see cref="TitleRecognizer"/>), never running text.
    /// </summary>
    public void OfferTitle(TextSpan span) => _offeredTitle = span;

    /// <summary>A directive the format holds outside its text (an HTML comment node).</summary>
    public void Directive(Directive directive) => _directives.Add(directive);

    /// <summary>Starts a table of the format, read as <paramref name="syntax"/> says; rows and cells follow, then <see cref="EndTable"/>.</summary>
    public void BeginTable(TableSyntax syntax = TableSyntax.Markup)
    {
        _rows = [];
        _tableSyntax = syntax;
        _tableCells = 0;
    }

    /// <summary>Starts a row at offset <paramref name="start"/> of the text being written.</summary>
    public void BeginRow(int start) => _row = new PendingRow(start);

    /// <summary>A cell whose text is offsets <paramref name="start"/> to <paramref name="end"/> (blanks at either end are trimmed).</summary>
    /// <exception cref="InputLimitException">
    /// The table has more than <see cref="InputLimits.MaxCellsPerTable"/> cells, or the file's tables more than <see cref="InputLimits.MaxCellsPerFile"/>.
    /// </exception>
    public void Cell(int start, int end, int rowSpan = 1, int columnSpan = 1)
    {
        if (++_tableCells > InputLimits.MaxCellsPerTable) throw new InputLimitException(InputLimits.TableTooLarge());
        if (++_cells > InputLimits.MaxCellsPerFile) throw new InputLimitException(InputLimits.FileCellsTooMany());
        _row!.Cells.Add(new PendingCell(start, end, rowSpan, columnSpan));
    }

    /// <summary>Ends the row at offset <paramref name="end"/>; a row without cells is left out.</summary>
    public void EndRow(int end)
    {
        var row = _row!;
        _row = null;
        row.End = end;
        if (row.Cells.Count > 0) _rows!.Add(row);
    }

    /// <summary>Forgets the row being read (a spacer row with nothing in it).</summary>
    public void DiscardRow() => _row = null;

    public void EndTable()
    {
        var rows = _rows!;
        _rows = null;
        var syntax = _tableSyntax;
        if (rows.Count > 0) _marked.Add(source => MakeTable(source, rows, syntax));
    }

    /// <summary>The document, once the text is complete.</summary>
    /// <param name="source">The text every span refers to.</param>
    /// <param name="runningText">Whether lines no block covers are read as running text (every format but Markdown, whose parser reads all of it).</param>
    public Document Build(SourceText source, bool runningText)
    {
        var blocks = new List<Block>(_blocks.Count + _marked.Count);
        blocks.AddRange(_blocks);
        foreach (var make in _marked)
            if (make(source) is { } block) blocks.Add(block);
        var reader = new RunningTextReader(source, headings ?? HeadingVocabulary.None);
        foreach (var (first, last) in _runningLines) reader.Read(first, last, blocks);
        SortByStart(blocks);
        if (runningText)
        {
            var covered = new List<TextSpan>(blocks.Count + 1);
            if (_offeredTitle is { } offered) covered.Add(offered);
            foreach (var block in blocks) covered.Add(block.Span);
            covered.Sort((a, b) => a.Start.CompareTo(b.Start));
            ReadUncoveredLines(reader, source, covered, blocks);
            SortByStart(blocks);
        }
        TableHeaderFragments.Mark(source, blocks);
        TitleRecognizer.Apply(source, blocks, _offeredTitle);

        var directives = DirectiveSyntax.FindAll(source.Text);
        if (_directives.Count > 0)
        {
            directives.AddRange(_directives);
            directives.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }
        return new Document(source, format, blocks, directives);
    }

    /// <summary>
    /// The table, or null when its rows lay text out rather than hold data (<see cref="TableParser.HoldsData"/>):
    /// its line is then read as running text, as a tab-separated line of a text file would be.
    /// </summary>
    private static Table? MakeTable(SourceText source, List<PendingRow> pending, TableSyntax syntax)
    {
        var rows = new List<TableRow>(pending.Count);
        foreach (var row in pending)
        {
            var cells = new List<TableCell>(row.Cells.Count);
            foreach (var c in row.Cells)
            {
                var cell = TableParser.Cell(source.Text, c.Start, c.End);
                cells.Add(c.RowSpan == 1 && c.ColumnSpan == 1 ? cell : cell with { RowSpan = c.RowSpan, ColumnSpan = c.ColumnSpan });
            }
            var span = TextSpan.FromBounds(row.Start, row.End);
            rows.Add(new TableRow(span, cells));
        }
        if (!TableParser.HoldsData(rows)) return null;
        return new Table(rows[0].Span.Cover(rows[^1].Span), syntax, rows);
    }

    /// <summary>Reads each run of lines that no block touches as running text.</summary>
    private static void ReadUncoveredLines(RunningTextReader reader, SourceText source, List<TextSpan> covered, List<Block> blocks)
    {
        int k = 0, runStart = 0;
        for (int line = 1; line <= source.LineCount; line++)
        {
            var span = source.GetLineSpan(line);
            while (k < covered.Count && covered[k].End < span.Start) k++;
            bool touched = k < covered.Count && covered[k].Start <= span.End
                && (covered[k].End > span.Start || covered[k].Start == span.Start);
            if (touched)
            {
                if (runStart > 0) reader.Read(runStart, line - 1, blocks);
                runStart = 0;
            }
            else if (runStart == 0) runStart = line;
        }
        if (runStart > 0) reader.Read(runStart, source.LineCount, blocks);
    }

    private static void SortByStart(List<Block> blocks)
    {
        for (int i = 1; i < blocks.Count; i++)
        {
            if (blocks[i].Span.Start >= blocks[i - 1].Span.Start) continue;
            // Stable: blocks that start together keep the order they were found in.
            var sorted = blocks.OrderBy(b => b.Span.Start).ToList();
            blocks.Clear();
            blocks.AddRange(sorted);
            return;
        }
    }
}
