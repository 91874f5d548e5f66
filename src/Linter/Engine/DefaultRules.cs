using GovInfo.Dsl.Syntax;
using GovInfo.Report.Template;
using GovInfo.Report.Yaml;

namespace GovInfo.Linter.Engine;

/// <summary>Where the default rule pack is: the <c>rules/</c> folder that holds its template (a repository's own, in the working directory or above it, else the one embedded in the binary).</summary>
public static class DefaultRules
{
    private const string ExpressionTable = "GovInfo.Linter.default-pack.expressions";
    private const string YamlEventsTable = "GovInfo.Linter.default-pack.yaml-events";

    // Looked up once per process: every file asks for its engine, and the search probes the file system.
    private static readonly Lazy<string> Found = new(() => Path.GetDirectoryName(Path.GetDirectoryName(TemplateLoader.LocateDefault()))!);

    public static string Folder() => Found.Value;

    /// <summary>The default pack's expressions, parsed at build time (see Linter.csproj), as a cache to load rules with.</summary>
    public static ExpressionCache Expressions()
    {
        using var table = typeof(DefaultRules).Assembly.GetManifestResourceStream(ExpressionTable);
        return ExpressionCache.Load(table);
    }

    /// <summary>The parsing events of the default pack's YAML files, recorded at build time (see Linter.csproj), for <see cref="YamlEventTable.UseKnown"/>.</summary>
    public static YamlEventTable YamlEvents()
    {
        using var table = typeof(DefaultRules).Assembly.GetManifestResourceStream(YamlEventsTable);
        return YamlEventTable.Load(table);
    }
}
