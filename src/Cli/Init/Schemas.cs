namespace GovInfo.Cli.Init;

/// <summary>The JSON Schemas of <c>schemas/</c> (rule files, govlint.yaml), embedded in the binary for <c>govlint init</c>.</summary>
public static class Schemas
{
    public const string Config = "govlint.schema.json", Rules = "rules.schema.json";

    public static readonly string[] Names = [Config, Rules];

    public static string Text(string name)
    {
        using var stream = typeof(Schemas).Assembly.GetManifestResourceStream("govlint-schemas/" + name)
            ?? throw new InvalidOperationException($"内置的 {name} 缺失。");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
