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
        return new Report(document, Template, title, sections, BindTables(document, sections));
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
        return Template.Tables.Select(d => chosen.TryGetValue(d, out var source)
                ? binders[d].Bind(source, SectionOf(source, sections))
                : new BoundTable(d, null, null, [], [], [], [], []))
            .ToList();
    }

    private static ReportSection? SectionOf(Table table, IReadOnlyList<ReportSection> sections)
        => sections.FirstOrDefault(s => s.Blocks.Contains(table));
}
