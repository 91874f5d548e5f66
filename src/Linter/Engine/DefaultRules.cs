namespace GovInfo.Linter.Engine;

/// <summary>Where the default rule pack is: <c>rules/</c> beside the binary, or above the working directory in a checkout.</summary>
public static class DefaultRules
{
    public static string Folder()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "rules");
                if (Directory.Exists(Path.Combine(candidate, "template"))) return candidate;
            }
        throw new FileNotFoundException("找不到默认规则文件夹 rules/。");
    }
}
