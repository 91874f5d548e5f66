using GovInfo.Report.Documents;
using GovInfo.Report.Template;

namespace GovInfo.Report.Binding;

/// <summary>
/// Addresses the cells of one source table by the rows and columns of a template table. Rows are
/// identified by their label cells (every non-empty label must name a template row or group, read in
/// the context of the group above, so 3. 其他 under （六）其他处理 is found even when shifted left);
/// values are the cells after the labels, taken in template column order, with structural empty cells
/// at either end dropped so that rows shifted by a missing or extra tab still line up.
/// </summary>
public sealed class TableBinder(TableDefinition definition)
{
    /// <summary>How many template labels a table must show before it is taken for this table.</summary>
    public const int MinimumScore = 3;

    private readonly LabelNormalizer.Folded[] _names = definition.Parts
        .SelectMany(p => p.AllRows.Concat(p.AllColumns).Select(n => n.Label).Concat(p.Header is null ? [] : [p.Header]))
        .Concat(definition.HeaderLabels)
        .Distinct()
        .Select(LabelNormalizer.Fold)
        .ToArray();

    // Folded once: every row of a table of several parts is tested against each part's header.
    private readonly (TablePart Part, LabelNormalizer.Folded Header)[] _headers = definition.Parts.Count > 1
        ? [.. definition.Parts.Where(p => p.Header is not null).Select(p => (p, LabelNormalizer.Fold(p.Header!)))]
        : [];

    /// <summary>The template's labels folded, each once: a source table showing at least <see cref="MinimumScore"/> of them may be this table (see <see cref="TableScorer"/>).</summary>
    internal IReadOnlyList<LabelNormalizer.Folded> Names => _names;

    // The rows a template prints without a label, in template order (usually none or one).
    private readonly LabelNode[] _unlabeled = [.. definition.RowLeaves.Where(r => r.Unlabeled)];

    // Every leaf row of every part (with all its part's columns): the most rows and cells a table can bind, so the lists never grow.
    private readonly int _cellCapacity = definition.Parts.Sum(p => p.RowLeaves.Count * p.ColumnLeaves.Count);
    private readonly int _rowCapacity = definition.Parts.Sum(p => p.RowLeaves.Count);

    public BoundTable Bind(Table table, ReportSection? foundIn) => Bind(table, [table], foundIn);

    /// <inheritdoc cref="Bind(Table, IReadOnlyList{Table}, ReportSection?, FoldedCells)"/>
    public BoundTable Bind(Table source, IReadOnlyList<Table> pieces, ReportSection? foundIn) => Bind(source, pieces, foundIn, new FoldedCells());

    /// <summary>
    /// Binds a table printed in pieces (a page break, or extraction cutting it up): the rows of every piece, in document
    /// order, as one table; <paramref name="source"/> is the piece that shows most of the template and stands for the table.
    /// </summary>
    /// <param name="source">The piece that shows most of the template.</param>
    /// <param name="pieces">Every piece in document order, <paramref name="source"/> among them.</param>
    /// <param name="foundIn">The section <paramref name="source"/> sits in.</param>
    /// <param name="labels">The document's cells folded, shared with the table scorer and the other template tables.</param>
    internal BoundTable Bind(Table source, IReadOnlyList<Table> pieces, ReportSection? foundIn, FoldedCells labels)
    {
        var cells = new List<BoundCell>(_cellCapacity);
        var rows = new List<BoundRow>(_rowCapacity);
        var unbound = new List<UnboundRow>();
        var headerRows = new List<TableRow>();
        var headerLabels = new Dictionary<TablePart, HashSet<string>>();
        var bound = new HashSet<LabelNode>();
        var parts = definition.Parts;
        TablePart? part = parts.Count == 1 ? parts[0] : null;
        LabelNode? context = null;
        var rowLabels = new List<LabelNormalizer.Folded>();

        var all = RowsOf(pieces);
        for (int at = 0; at < all.Count; at++)
        {
            var (piece, row, first) = all[at];
            if (parts.Count > 1 && first)
            {
                // A later piece of a table of several parts starts in the part its rows name (its header row comes first).
                part = PartOf(piece, labels);
                context = null;
            }
            var folded = labels.Of(row);
            if (parts.Count > 1 && OpenedPart(row, folded) is { } opened)
            {
                part = opened;
                context = null;
                continue;
            }

            var rowCells = row.Cells;
            int prefixLength = 0;
            while (prefixLength < rowCells.Count && !IsValue(rowCells[prefixLength])) prefixLength++;
            // The label cells: before the first value, those with text (a cell that is neither value nor empty holds text).
            rowLabels.Clear();
            for (int i = 0; i < prefixLength; i++)
                if (rowCells[i].Value.Kind != CellValueKind.Empty) rowLabels.Add(folded[i]);
            var scope = part is not null ? _partRows[part] : _allRows;

            LabelNode? node = rowLabels.Count > 0
                ? Identify(rowLabels, scope, ref context)
                : Array.Find(_unlabeled, r => !bound.Contains(r));

            if (node is null && rowLabels.Count > 0 && HasValueAfter(rowCells, prefixLength)
                && Continued(all, at, rowCells, prefixLength, scope, ref context, out int continuation) is { } joined)
            {
                node = joined;
                at += continuation;
            }
            if (node is null)
            {
                if (HasValueAfter(rowCells, prefixLength)) unbound.Add(new UnboundRow(row, UnboundRowReason.Unrecognized));
                else
                {
                    var set = headerLabels.TryGetValue(part ?? parts[0], out var s) ? s : headerLabels[part ?? parts[0]] = [];
                    foreach (var c in row.NonEmptyCells) set.Add(c.Text);
                    // A header row broken across a page: a header cell's text goes on in the same column of the next row.
                    if (headerRows.Count > 0 && ReferenceEquals(headerRows[^1], all[at - 1].Row))
                        foreach (var c in JoinedDown(headerRows[^1], row)) set.Add(c);
                    headerRows.Add(row);
                }
                continue;
            }
            if (!bound.Add(node))
            {
                unbound.Add(new UnboundRow(row, UnboundRowReason.Duplicate));
                continue;
            }

            var rowPart = definition.PartOf(node);
            if (parts.Count > 1) part = rowPart;
            var columns = rowPart.ColumnLeaves;
            var aligned = Align(row.Cells, prefixLength, columns.Count, out bool extra);
            if (extra) unbound.Add(new UnboundRow(row, UnboundRowReason.ExtraCells));
            var own = new BoundCell[columns.Count];
            for (int i = 0; i < own.Length; i++)
                cells.Add(own[i] = new BoundCell(node, columns[i], i < aligned.Count ? aligned[i] : null, row) { Index = cells.Count });
            rows.Add(new BoundRow(node, own, row) { Index = rows.Count });
        }

        return new BoundTable(definition, source, foundIn, rows, cells, unbound, headerRows, MissingColumns(parts, headerLabels)) { Pieces = pieces };
    }

    /// <summary>The texts of the cells of <paramref name="above"/> joined with the cells under them in <paramref name="below"/>, where both have text.</summary>
    private static IEnumerable<string> JoinedDown(TableRow above, TableRow below)
    {
        for (int i = 0; i < Math.Min(above.Cells.Count, below.Cells.Count); i++)
            if (above.Cells[i].Text.Length > 0 && below.Cells[i].Text.Length > 0) yield return above.Cells[i].Text + below.Cells[i].Text;
    }

    /// <summary>How many rows a cut label may go on over: a page break, or a label cell too narrow for its text, leaves one or two.</summary>
    private const int MaxContinuationRows = 3;

    /// <summary>
    /// The template row of a row whose labels go on in the rows after it: rows that hold no value, only label text
    /// under its label cells (a row broken across a page, <c>5. 属于三类内 | 0 | 0 …</c> then <c>部事务信息</c>). Returns
    /// null when no joined label names a row; <paramref name="consumed"/> is the number of rows that went on.
    /// </summary>
    private static LabelNode? Continued(List<(Table Piece, TableRow Row, bool OpensPiece)> rows, int at, IReadOnlyList<TableCell> cells, int prefixLength,
        LabelIndex scope, ref LabelNode? context, out int consumed)
    {
        consumed = 0;
        var joined = new string?[prefixLength];
        for (int i = 0; i < prefixLength; i++) joined[i] = cells[i].Value.Kind != CellValueKind.Empty ? cells[i].Text : null;
        for (int k = 1; k <= MaxContinuationRows && at + k < rows.Count; k++)
        {
            var next = rows[at + k].Row.Cells;
            bool goesOn = false;
            for (int i = 0; i < next.Count; i++)
            {
                if (next[i].Value.Kind == CellValueKind.Empty) continue;
                if (i >= prefixLength || IsValue(next[i])) return null;
                joined[i] = joined[i] is { } before ? before + next[i].Text : next[i].Text;
                goesOn = true;
            }
            if (!goesOn) return null;
            var labels = new List<LabelNormalizer.Folded>(prefixLength);
            foreach (var text in joined)
                if (text is not null) labels.Add(LabelNormalizer.Fold(text));
            var local = context;
            if (Identify(labels, scope, ref local) is { } node)
            {
                context = local;
                consumed = k;
                return node;
            }
        }
        return null;
    }

    /// <summary>The rows of the pieces in order, each with its piece and whether it opens a piece after the first.</summary>
    private static List<(Table Piece, TableRow Row, bool OpensPiece)> RowsOf(IReadOnlyList<Table> pieces)
    {
        int count = 0;
        for (int p = 0; p < pieces.Count; p++) count += pieces[p].Rows.Count;
        var rows = new List<(Table Piece, TableRow Row, bool OpensPiece)>(count);
        for (int p = 0; p < pieces.Count; p++)
            for (int r = 0; r < pieces[p].Rows.Count; r++)
                rows.Add((pieces[p], pieces[p].Rows[r], p > 0 && r == 0));
        return rows;
    }

    /// <summary>The part the first identifiable row of a piece belongs to, or null when none is identifiable.</summary>
    private TablePart? PartOf(Table piece, FoldedCells folded)
    {
        var labels = new List<LabelNormalizer.Folded>();
        foreach (var row in piece.Rows)
        {
            LabelNode? context = null;
            var cells = row.Cells;
            var foldedRow = folded.Of(row);
            labels.Clear();
            for (int i = 0; i < cells.Count && !IsValue(cells[i]); i++)
                if (cells[i].Value.Kind != CellValueKind.Empty) labels.Add(foldedRow[i]);
            if (labels.Count > 0 && Identify(labels, _allRows, ref context) is { } node) return definition.PartOf(node);
        }
        return null;
    }

    /// <summary>The part whose header line this row is, if any (the first, in template order).</summary>
    private TablePart? OpenedPart(TableRow row, LabelNormalizer.Folded[] folded)
    {
        var cells = row.Cells;
        foreach (var (part, header) in _headers)
            for (int i = 0; i < cells.Count; i++)
            {
                var cell = cells[i];
                // Folding never lengthens a text, so a cell shorter than the header's shortest form cannot match it.
                if (cell.Value.Kind == CellValueKind.Empty || cell.Text.Length < header.WithoutNote.Length) continue;
                var text = cell.Value.Kind == CellValueKind.Text ? folded[i] : LabelNormalizer.Fold(cell.Text);
                if (LabelNormalizer.Matches(text, header)) return part;
            }
        return null;
    }

    private static bool HasValueAfter(IReadOnlyList<TableCell> cells, int start)
    {
        for (int i = start; i < cells.Count; i++)
            if (IsValue(cells[i])) return true;
        return false;
    }

    private static bool IsValue(TableCell cell) => cell.Value.Kind is CellValueKind.Number or CellValueKind.Placeholder;

    /// <summary>
    /// The leaf columns of each part, in template order and each once, that no header label of that part names. Each header
    /// label is folded once per table, and each column's names are looked up among the labels' forms.
    /// </summary>
    private static List<LabelNode> MissingColumns(IReadOnlyList<TablePart> parts, Dictionary<TablePart, HashSet<string>> headerLabels)
    {
        var missing = new List<LabelNode>();
        var seen = new HashSet<LabelNode>();
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            // A column is named by a label when a form of one (with or without its note) is a form of the other (LabelNormalizer.Matches).
            forms.Clear();
            if (headerLabels.TryGetValue(part, out var texts))
                foreach (var text in texts)
                {
                    var folded = LabelNormalizer.Fold(text);
                    if (folded.Full.Length == 0) continue;
                    forms.Add(folded.Full);
                    forms.Add(folded.WithoutNote);
                }
            foreach (var column in part.ColumnLeaves)
                if (!IsNamedByAny(column, forms) && seen.Add(column)) missing.Add(column);
        }
        return missing;
    }

    private static bool IsNamedByAny(LabelNode column, HashSet<string> forms)
    {
        if (forms.Count == 0) return false;
        foreach (var name in column.FoldedNames)
            if (forms.Contains(name.Full) || forms.Contains(name.WithoutNote)) return true;
        return false;
    }

    /// <summary>Finds the template row that the label cells name; every label must name a row or group.</summary>
    private readonly LabelIndex _allRows = new(definition.Parts.SelectMany(p => p.AllRows).ToList());

    // The rows of each part, looked up by label.
    private readonly Dictionary<TablePart, LabelIndex> _partRows = definition.Parts.ToDictionary(p => p, p => new LabelIndex(p.AllRows));

    private static LabelNode? Identify(List<LabelNormalizer.Folded> labels, LabelIndex scope, ref LabelNode? context)
    {
        LabelNode? node = null;
        var local = context;
        foreach (var label in labels)
        {
            node = Resolve(label, local, scope);
            if (node is null) return null;
            local = node.IsLeaf ? node.Parent : node;
        }
        if (node is null || !node.IsLeaf) return null;
        context = node.Parent;
        return node;
    }

    /// <summary>Nearest first: children of the current group, then of its ancestors, then anywhere if unique.</summary>
    private static LabelNode? Resolve(LabelNormalizer.Folded text, LabelNode? context, LabelIndex scope)
    {
        for (var group = context; group is not null; group = group.Parent)
            if (group.ChildIndex.Single(text) is { } near) return near;
        if (scope.Single(text) is { } anywhere) return anywhere;
        return scope.Single(text, rootsOnly: true);
    }

    /// <summary>The value cells of a row in column order: structural empties at the ends are dropped, missing ones borrowed from the label area.</summary>
    private static List<TableCell> Align(IReadOnlyList<TableCell> cells, int prefixLength, int expected, out bool extra)
    {
        var values = new List<TableCell>(Math.Max(cells.Count - prefixLength, expected));
        for (int i = prefixLength; i < cells.Count; i++) values.Add(cells[i]);
        while (values.Count > expected && values[^1].Value.Kind == CellValueKind.Empty) values.RemoveAt(values.Count - 1);
        while (values.Count > expected && values[0].Value.Kind == CellValueKind.Empty) values.RemoveAt(0);
        for (int i = prefixLength - 1; values.Count < expected && i >= 0 && cells[i].Value.Kind == CellValueKind.Empty; i--)
            values.Insert(0, cells[i]);
        extra = values.Count > expected;
        return extra ? values.Take(expected).ToList() : values;
    }
}
