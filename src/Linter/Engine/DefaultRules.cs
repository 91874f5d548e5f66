using GovInfo.Report.Template;

namespace GovInfo.Linter.Engine;

/// <summary>Where the default rule pack is: the <c>rules/</c> folder that holds the shipped template, beside the binary or above the working directory.</summary>
public static class DefaultRules
{
    public static string Folder() => Path.GetDirectoryName(Path.GetDirectoryName(TemplateLoader.LocateDefault()))!;
}
