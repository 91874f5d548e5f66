namespace GovInfo.Corpus;

/// <summary>Lines of a report being generated, with the ability to remember where things are and insert text later.</summary>
internal sealed class ReportBuilder(bool markdown)
{
    private readonly List<string> _lines = [];

    public bool Markdown => markdown;
    public int Count => _lines.Count;
    public string this[int index] { get => _lines[index]; set => _lines[index] = value; }

    /// <summary>Adds a line and returns its 1-based line number.</summary>
    public int Add(string line)
    {
        _lines.Add(line);
        return _lines.Count;
    }

    public void Blank() => _lines.Add("");

    public int Heading(int level, string text) => Add(markdown ? $"{new string('#', level)} {text}" : text);

    /// <summary>Adds a table as tab-separated lines or as a pipe table; returns the line of each row.</summary>
    public int[] Table(IReadOnlyList<string[]> rows)
    {
        var lines = new int[rows.Count];
        int width = rows.Max(r => r.Length);
        for (int i = 0; i < rows.Count; i++)
        {
            lines[i] = Add(markdown ? "| " + string.Join(" | ", rows[i]) + " |" : string.Join("\t", rows[i]));
            if (markdown && i == 0) Add("|" + string.Concat(Enumerable.Repeat(" --- |", width)));
        }
        return lines;
    }

    public override string ToString() => string.Join("\n", _lines) + "\n";
}
