namespace GovInfo.Report.Yaml;

/// <summary>An error in a YAML file, located at the 1-based line and column of the offending node.</summary>
public sealed record YamlError(string Path, int Line, int Column, string Code, string Message)
{
    public override string ToString() => $"{Path}({Line},{Column}): error {Code}: {Message}";
}

/// <summary>Thrown when a YAML data file (template or rules) has errors; carries all of them.</summary>
public sealed class YamlFileException(IReadOnlyList<YamlError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<YamlError> Errors { get; } = errors;
}
