using GovInfo.Report.Files;
using GovInfo.Report.Reading;
using GovInfo.Report.Yaml;
using YamlDotNet.RepresentationModel;

namespace GovInfo.Report.Template;

/// <summary>Loads a <see cref="ReportTemplate"/> from YAML, reporting every error at its file(line,col).</summary>
public static class TemplateLoader
{
    public const string ErrorCode = "GIT0001";
    public const string DefaultFileName = "gov-2021.yaml";

    /// <summary>The template of the default rule pack (see <see cref="LocateDefault"/>).</summary>
    public static ReportTemplate LoadDefault() => Load(LocateDefault());

    /// <summary>
    /// The default pack's template: a repository's own <c>rules/template</c>, in the working directory or above it, else
    /// the one embedded in the binary (<see cref="BuiltinFiles"/>). When neither is there, the message names every place looked.
    /// </summary>
    public static string LocateDefault()
    {
        var looked = new List<string>();
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "rules", "template", DefaultFileName);
            if (File.Exists(candidate)) return candidate;
            looked.Add(candidate);
        }
        var builtin = BuiltinFiles.PathOf($"rules/template/{DefaultFileName}");
        if (BuiltinFiles.IsFile(builtin)) return builtin;
        looked.Add(DisplayPath.Of(builtin));
        throw new FileNotFoundException($"找不到报告模板 rules/template/{DefaultFileName}。找过：{string.Join("、", looked)}。");
    }

    public static ReportTemplate Load(string path) => Parse(RegularFile.ReadAllText(path), path);

    public static ReportTemplate Parse(string yaml, string path)
    {
        var reader = new YamlReader(path, ErrorCode);
        var root = reader.Mapping(reader.LoadRoot(yaml), "模板");
        if (root is null)
        {
            reader.ThrowIfErrors();
            throw new YamlFileException([new YamlError(path, 1, 1, ErrorCode, "模板应为映射。")]);
        }
        reader.CheckKeys(root, "id", "name", "basis", "sections", "tables");
        var sections = reader.Sequence(reader.Get(root, "sections"), "sections")
            .Select(n => ReadSection(reader, n)).OfType<SectionDefinition>().ToList();
        var tables = reader.Sequence(reader.Get(root, "tables"), "tables")
            .Select(n => ReadTable(reader, n, sections)).OfType<TableDefinition>().ToList();
        if (sections.Count == 0) reader.Error(root, "模板没有定义任何部分（sections）。");
        reader.ThrowIfErrors();
        return new ReportTemplate(reader.RequiredString(root, "id"), reader.OptionalString(root, "name") ?? "",
            reader.OptionalString(root, "basis") ?? "", path, sections, tables);
    }

    private static SectionDefinition? ReadSection(YamlReader reader, YamlNode node)
    {
        if (reader.Mapping(node, "部分") is not { } map) return null;
        reader.CheckKeys(map, "key", "number", "title", "aliases");
        string numberText = reader.RequiredString(map, "number");
        int number = NumberingParser.ParseChinese(numberText);
        if (number <= 0 && numberText.Length > 0) reader.Error(reader.Get(map, "number")!, $"“{numberText}” 不是汉字序号（一、二、三……）。");
        return new SectionDefinition(reader.RequiredString(map, "key"), number, numberText, reader.RequiredString(map, "title"), reader.StringList(map, "aliases"));
    }

    private static TableDefinition? ReadTable(YamlReader reader, YamlNode node, List<SectionDefinition> sections)
    {
        if (reader.Mapping(node, "表格") is not { } map) return null;
        reader.CheckKeys(map, "key", "section", "title", "header_labels", "parts", "columns", "rows");
        string key = reader.RequiredString(map, "key");
        string section = reader.RequiredString(map, "section");
        if (section.Length > 0 && sections.All(s => s.Key != section))
            reader.Error(reader.Get(map, "section")!, $"没有 key 为 “{section}” 的部分。");

        List<TablePart> parts;
        if (reader.Get(map, "parts") is { } partsNode)
        {
            if (reader.Get(map, "columns") is { } stray) reader.Error(stray, "有 parts 的表格，columns 和 rows 应写在各 part 之内。");
            parts = reader.Sequence(partsNode, "parts").Select(p => ReadPart(reader, p)).OfType<TablePart>().ToList();
        }
        else
        {
            parts = [new TablePart(key, null, null, ReadNodes(reader, reader.Get(map, "columns"), "columns"), ReadNodes(reader, reader.Get(map, "rows"), "rows"))];
        }
        foreach (var part in parts)
        {
            if (part.ColumnLeaves.Count == 0) reader.Error(map, $"表格 “{key}” 的 “{part.Key}” 没有列。");
            if (part.RowLeaves.Count == 0) reader.Error(map, $"表格 “{key}” 的 “{part.Key}” 没有行。");
        }
        return new TableDefinition(key, reader.OptionalString(map, "title") ?? key, section, parts, reader.StringList(map, "header_labels"));
    }

    private static TablePart? ReadPart(YamlReader reader, YamlNode node)
    {
        if (reader.Mapping(node, "子表") is not { } map) return null;
        reader.CheckKeys(map, "key", "header", "label_header", "columns", "rows");
        return new TablePart(reader.RequiredString(map, "key"), reader.OptionalString(map, "header"), reader.OptionalString(map, "label_header"),
            ReadNodes(reader, reader.Get(map, "columns"), "columns"), ReadNodes(reader, reader.Get(map, "rows"), "rows"));
    }

    private static List<LabelNode> ReadNodes(YamlReader reader, YamlNode? node, string what)
    {
        var result = new List<LabelNode>();
        var keys = new HashSet<string>();
        foreach (var item in reader.Sequence(node, what))
        {
            if (reader.Mapping(item, "行或列") is not { } map) continue;
            reader.CheckKeys(map, "key", "number", "label", "aliases", "children", "decimal", "unit", "unlabeled");
            string key = reader.RequiredString(map, "key");
            if (!keys.Add(key)) reader.Error(map, $"同一层级中 key “{key}” 重复。");
            result.Add(new LabelNode(key, reader.RequiredString(map, "label"), reader.OptionalString(map, "number"),
                reader.StringList(map, "aliases"), ReadNodes(reader, reader.Get(map, "children"), "children"),
                reader.Flag(map, "decimal"), reader.OptionalString(map, "unit"), reader.Flag(map, "unlabeled")));
        }
        return result;
    }
}
