using GovInfo.Dsl.Syntax;
using GovInfo.Report.Template;

namespace GovInfo.Linter.Engine;

/// <summary>Where the default rule pack is: the <c>rules/</c> folder that holds its template (a repository's own, in the working directory or above it, else the one embedded in the binary).</summary>
public static class DefaultRules
{
    private const string ExpressionTable = "GovInfo.Linter.default-pack.expressions";

    // Looked up once per process: every file asks for its engine, and the search probes the file system.
    private static readonly Lazy<string> Found = new(() => Path.GetDirectoryName(Path.GetDirectoryName(TemplateLoader.LocateDefault()))!);

    public static string Folder() => Found.Value;

    /// <summary>The default pack's expressions, parsed at build time (see Linter.csproj), as a cache to load rules with.</summary>
    public static ExpressionCache Expressions()
    {
        using var table = typeof(DefaultRules).Assembly.GetManifestResourceStream(ExpressionTable);
        return ExpressionCache.Load(table);
    }
}
