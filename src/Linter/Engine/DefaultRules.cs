using GovInfo.Report.Template;

namespace GovInfo.Linter.Engine;

/// <summary>Where the default rule pack is: the <c>rules/</c> folder that holds the shipped template, beside the binary or above the working directory.</summary>
public static class DefaultRules
{
    // Looked up once per process: every file asks for its engine, and the search probes the file system.
    private static readonly Lazy<string> Found = new(() => Path.GetDirectoryName(Path.GetDirectoryName(TemplateLoader.LocateDefault()))!);

    public static string Folder() => Found.Value;
}
