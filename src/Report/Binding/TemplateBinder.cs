using GovInfo.Report.Documents;
using GovInfo.Report.Template;

namespace GovInfo.Report.Binding;

/// <summary>Maps a <see cref="Document"/> onto a <see cref="ReportTemplate"/>: title, sections, and tables with addressed cells.</summary>
public sealed class TemplateBinder
{
    public TemplateBinder(ReportTemplate template)
    {
        Template = template;
        var binders = template.Tables.Select(d => new TableBinder(d)).ToList();
        _binders = [.. binders];
        _scorer = new TableScorer(binders);
        _sections = new SectionBinder(template);
    }

    public ReportTemplate Template { get; }

    // Table binders hold only what they derive from their template table: made once, shared by every report (and
    // thread), and by the scorer, which reads their folded names.
    private readonly TableBinder[] _binders; // in template order
    private readonly TableScorer _scorer;
    private readonly SectionBinder _sections;

    public Report Bind(Document document)
    {
        var sections = _sections.Bind(document);
        var title = document.Title is { } t ? ReportTitle.Read(t) : null;
        return new Report(document, Template, title, sections, BindTables(document, sections))
        {
            IsStructureRecognized = sections.Any(s => s.IsFound),
        };
    }

    private List<BoundTable> BindTables(Document document, IReadOnlyList<ReportSection> sections)
    {
        var tables = new List<Table>();
        foreach (var block in document.Blocks)
            if (block is Table table) tables.Add(table);
        var definitions = Template.Tables;
        var labels = new FoldedCells();
        var scores = new int[tables.Count][];
        var sectionOf = SectionsOf(tables, sections);
        for (int s = 0; s < tables.Count; s++) scores[s] = _scorer.Scores(tables[s], labels);

        // Greedy by score: each template table takes the source table that shows most of its labels,
        // preferring one inside its own section, then the earlier one (then template order, then document order).
        var pairs = new List<Candidate>();
        for (int d = 0; d < definitions.Count; d++)
            for (int s = 0; s < tables.Count; s++)
                if (scores[s][d] >= TableBinder.MinimumScore)
                    pairs.Add(new Candidate(d, s, scores[s][d], sectionOf[s]?.Definition.Key == definitions[d].SectionKey, tables[s].Span.Start, pairs.Count));
        pairs.Sort(Candidate.Compare);
        var chosen = new int[definitions.Count];
        Array.Fill(chosen, -1);
        var taken = new bool[tables.Count];
        foreach (var pair in pairs)
        {
            if (chosen[pair.Definition] >= 0 || taken[pair.Source]) continue;
            chosen[pair.Definition] = pair.Source;
            taken[pair.Source] = true;
        }
        var pieces = Pieces(tables, chosen, taken, scores, sectionOf);
        var bound = new List<BoundTable>(definitions.Count);
        for (int d = 0; d < definitions.Count; d++)
        {
            var definition = definitions[d];
            bound.Add(chosen[d] is int s and >= 0
                ? _binders[d].Bind(tables[s], pieces[d]!, sectionOf[s], labels)
                : new BoundTable(definition, null, null, [], [], [], [], [], FlattenedTable.Find(definition, document, sections) ?? TableAssessment.Missing));
        }
        return bound;
    }

    /// <summary>A template table (by index) and a source table (by index) that shows at least <see cref="TableBinder.MinimumScore"/> of its labels.</summary>
    private readonly record struct Candidate(int Definition, int Source, int Score, bool InOwnSection, int Start, int Order)
    {
        /// <summary>Higher score first, then inside the template table's own section, then earlier in the document, then in the order made.</summary>
        public static int Compare(Candidate a, Candidate b)
        {
            if (a.Score != b.Score) return b.Score.CompareTo(a.Score);
            if (a.InOwnSection != b.InOwnSection) return a.InOwnSection ? -1 : 1;
            if (a.Start != b.Start) return a.Start.CompareTo(b.Start);
            return a.Order.CompareTo(b.Order);
        }
    }

    /// <summary>The section each table sits in (the first in template order whose blocks hold it), or null.</summary>
    private static ReportSection?[] SectionsOf(List<Table> tables, IReadOnlyList<ReportSection> sections)
    {
        var result = new ReportSection?[tables.Count];
        if (tables.Count == 0) return result;
        var index = new Dictionary<Table, int>(tables.Count, ReferenceEqualityComparer.Instance);
        for (int s = 0; s < tables.Count; s++) index.TryAdd(tables[s], s);
        foreach (var section in sections)
            foreach (var block in section.Blocks)
                if (block is Table table && index.TryGetValue(table, out int s)) result[s] ??= section;
        return result;
    }

    /// <summary>
    /// The pieces of each chosen table (by template table index; null where none was chosen): the tables of its section that
    /// no template table chose and that show at least one of its labels, more than of any other template table (a table
    /// broken by a page, or cut up by extraction), with the chosen one, in document order.
    /// </summary>
    private List<Table>?[] Pieces(List<Table> tables, int[] chosen, bool[] taken, int[][] scores, ReportSection?[] sectionOf)
    {
        var pieces = new List<Table>?[chosen.Length];
        for (int d = 0; d < chosen.Length; d++)
            if (chosen[d] >= 0) pieces[d] = [tables[chosen[d]]];
        for (int s = 0; s < tables.Count; s++)
        {
            if (taken[s] || sectionOf[s] is not { } section) continue;
            int best = -1, bestScore = 0;
            for (int d = 0; d < chosen.Length; d++)
            {
                if (scores[s][d] <= bestScore) continue;
                best = d;
                bestScore = scores[s][d];
            }
            if (best >= 0 && pieces[best] is { } list && sectionOf[chosen[best]] == section) list.Add(tables[s]);
        }
        foreach (var list in pieces)
            if (list is { Count: > 1 }) list.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return pieces;
    }
}
