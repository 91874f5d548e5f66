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
        _binders = template.Tables.Zip(binders).ToDictionary(p => p.First, p => p.Second);
        _scorer = new TableScorer(binders);
        _sections = new SectionBinder(template);
    }

    public ReportTemplate Template { get; }

    // Table binders hold only what they derive from their template table: made once, shared by every report (and
    // thread), and by the scorer, which reads their folded names.
    private readonly Dictionary<TableDefinition, TableBinder> _binders;
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
        var tables = document.Tables.ToList();
        var binders = _binders;
        var scores = new Dictionary<Table, int[]>(ReferenceEqualityComparer.Instance);
        foreach (var table in tables) scores[table] = _scorer.Scores(table);
        // Greedy by score: each template table takes the source table that shows most of its labels,
        // preferring one inside its own section.
        var pairs = (from d in Template.Tables.Select((definition, index) => (Definition: definition, Index: index))
                     from s in tables
                     let score = scores[s][d.Index]
                     where score >= TableBinder.MinimumScore
                     orderby score descending, SectionOf(s, sections)?.Definition.Key == d.Definition.SectionKey descending, s.Span.Start
                     select (d.Definition, Source: s)).ToList();
        var chosen = new Dictionary<TableDefinition, Table>();
        foreach (var (definition, source) in pairs)
        {
            if (chosen.ContainsKey(definition) || chosen.ContainsValue(source)) continue;
            chosen[definition] = source;
        }
        var pieces = Pieces(tables, chosen, scores, sections);
        return Template.Tables.Select(d => chosen.TryGetValue(d, out var source)
                ? binders[d].Bind(source, pieces[d], SectionOf(source, sections))
                : new BoundTable(d, null, null, [], [], [], [], [], FlattenedTable.Find(d, document, sections) ?? TableAssessment.Missing))
            .ToList();
    }

    /// <summary>
    /// The pieces of each chosen table: the tables of its section that no template table chose and that show at least one
    /// of its labels, more than of any other template table (a table broken by a page, or cut up by extraction), with the
    /// chosen one, in document order.
    /// </summary>
    private Dictionary<TableDefinition, List<Table>> Pieces(List<Table> tables, Dictionary<TableDefinition, Table> chosen,
        Dictionary<Table, int[]> scores, IReadOnlyList<ReportSection> sections)
    {
        var pieces = chosen.ToDictionary(c => c.Key, c => new List<Table> { c.Value });
        var taken = chosen.Values.ToHashSet(ReferenceEqualityComparer.Instance);
        var sectionOfChosen = chosen.ToDictionary(c => c.Key, c => SectionOf(c.Value, sections));
        foreach (var table in tables)
        {
            if (taken.Contains(table) || SectionOf(table, sections) is not { } section) continue;
            TableDefinition? best = null;
            int bestScore = 0;
            for (int d = 0; d < Template.Tables.Count; d++)
            {
                if (scores[table][d] <= bestScore) continue;
                best = Template.Tables[d];
                bestScore = scores[table][d];
            }
            if (best is not null && pieces.ContainsKey(best) && sectionOfChosen[best] == section) pieces[best].Add(table);
        }
        foreach (var list in pieces.Values) list.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return pieces;
    }

    private static ReportSection? SectionOf(Table table, IReadOnlyList<ReportSection> sections)
        => sections.FirstOrDefault(s => s.Blocks.Contains(table));
}
