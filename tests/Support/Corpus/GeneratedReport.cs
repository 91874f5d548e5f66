namespace GovInfo.Corpus;

/// <summary>A generated report: its file name, text, and the findings (rule id, line) the default pack must report on it.</summary>
public sealed record GeneratedReport(string FileName, string Text, IReadOnlyList<(string Rule, int Line)> Expected)
{
    /// <summary>The expected findings as written beside the report: one <c>RULE LINE</c> per line.</summary>
    public string ExpectedText => string.Concat(Expected.OrderBy(e => e.Line).ThenBy(e => e.Rule, StringComparer.Ordinal).Select(e => $"{e.Rule} {e.Line}\n"));
}
