using GovInfo.Report.Documents;
using GovInfo.Report.Template;

namespace GovInfo.Report.Binding;

/// <summary>A document bound to a template: the official sections and tables, addressable by key and label.</summary>
public sealed class Report(Document document, ReportTemplate template, ReportTitle? title, IReadOnlyList<ReportSection> sections, IReadOnlyList<BoundTable> tables)
{
    public Document Document { get; } = document;
    public ReportTemplate Template { get; } = template;
    public ReportTitle? Title { get; } = title;

    /// <summary>The template's sections in template order, found or not.</summary>
    public IReadOnlyList<ReportSection> Sections { get; } = sections;

    /// <summary>The template's tables in template order, found or not.</summary>
    public IReadOnlyList<BoundTable> Tables { get; } = tables;

    /// <summary>Whether any of the template's sections was found; when none is, the report's structure could not be recognised.</summary>
    public bool IsStructureRecognized { get; init; } = true;

    public ReportSection? Section(string key)
    {
        var sections = Sections;
        for (int i = 0; i < sections.Count; i++)
            if (sections[i].Definition.Key == key) return sections[i];
        return null;
    }

    public BoundTable? Table(string key)
    {
        var tables = Tables;
        for (int i = 0; i < tables.Count; i++)
            if (tables[i].Definition.Key == key) return tables[i];
        return null;
    }
}
