using GovInfo.Report.Reading;

namespace GovInfo.Report.Template;

/// <summary>One of the six official parts of a report.</summary>
public sealed record SectionDefinition(string Key, int Number, string NumberText, string Title, IReadOnlyList<string> Aliases)
{
    /// <summary>The official heading, e.g. 一、总体情况.</summary>
    public string OfficialHeading => $"{NumberText}、{Title}";
}

/// <summary>A report template (such as 国办公开办函〔2021〕30号) as described in a YAML file under <c>rules/template</c>.</summary>
public sealed class ReportTemplate(string id, string name, string basis, string sourcePath, IReadOnlyList<SectionDefinition> sections, IReadOnlyList<TableDefinition> tables)
{
    public string Id { get; } = id;
    public string Name { get; } = name;
    public string Basis { get; } = basis;
    public string SourcePath { get; } = sourcePath;
    public IReadOnlyList<SectionDefinition> Sections { get; } = sections;
    public IReadOnlyList<TableDefinition> Tables { get; } = tables;

    /// <summary>The parts' titles and aliases, for readers to find headings written inside a line.</summary>
    public HeadingVocabulary Headings { get; } = new(sections.SelectMany(s => s.Aliases.Prepend(s.Title)));

    public SectionDefinition? Section(string key) => Sections.FirstOrDefault(s => s.Key == key);
    public TableDefinition? Table(string key) => Tables.FirstOrDefault(t => t.Key == key);
}
