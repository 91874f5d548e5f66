using System.Globalization;
using GovInfo.Report.Documents;
using GovInfo.Report.Text;

namespace GovInfo.Report.Reading;

/// <summary>Splits table lines into cells: tab-separated lines as in exported reports, and Markdown pipe rows.</summary>
public static class TableParser
{
    public static bool IsTabRow(string text, TextSpan line) => text.AsSpan(line.Start, line.Length).Contains('\t');

    public static bool IsPipeRow(string text, TextSpan line)
    {
        var s = text.AsSpan(line.Start, line.Length).Trim();
        return s.Length >= 2 && s[0] == '|';
    }

    /// <summary>Whether a line is a Markdown pipe table's delimiter row, such as <c>| --- | :---: |</c>.</summary>
    public static bool IsDelimiterRow(string text, TextSpan line) => IsPipeRow(text, line) && IsDelimiterRow(SplitPipes(text, line));

    /// <summary>
    /// Whether rows hold data rather than lay text out: two rows or more, or one row of at least three filled
    /// cells (a line with a stray tab or two, a one-row layout table, is running text).
    /// </summary>
    public static bool HoldsData(IReadOnlyList<TableRow> rows)
        => rows.Count >= 2 || (rows.Count == 1 && rows[0].NonEmptyCells.Count() >= 3);

    public static Table ParseTabs(SourceText source, IReadOnlyList<TextSpan> lines)
        => Build(TableSyntax.TabSeparated, source, lines, SplitTabs);

    public static Table ParsePipes(SourceText source, IReadOnlyList<TextSpan> lines)
        => Build(TableSyntax.Pipe, source, lines, SplitPipes);

    private static Table Build(TableSyntax syntax, SourceText source, IReadOnlyList<TextSpan> lines, Func<string, TextSpan, List<TableCell>> split)
    {
        var rows = new List<TableRow>(lines.Count);
        foreach (var line in lines)
        {
            var cells = split(source.Text, line);
            if (syntax == TableSyntax.Pipe && IsDelimiterRow(cells)) continue;
            rows.Add(new TableRow(line, cells));
        }
        return new Table(lines[0].Cover(lines[^1]), syntax, rows);
    }

    private static List<TableCell> SplitTabs(string text, TextSpan line)
    {
        var cells = new List<TableCell>(text.AsSpan(line.Start, line.Length).Count('\t') + 1);
        int start = line.Start;
        while (true)
        {
            int tab = text.AsSpan(start, line.End - start).IndexOf('\t');
            if (tab < 0) break;
            cells.Add(Cell(text, start, start + tab));
            start += tab + 1;
        }
        cells.Add(Cell(text, start, line.End));
        return cells;
    }

    private static List<TableCell> SplitPipes(string text, TextSpan line)
    {
        int start = line.Start, end = line.End;
        while (start < end && IsBlank(text[start])) start++;
        while (end > start && IsBlank(text[end - 1])) end--;
        if (start < end && text[start] == '|') start++;
        if (end > start && text[end - 1] == '|' && (end - 2 < start || text[end - 2] != '\\')) end--;

        var cells = new List<TableCell>(text.AsSpan(start, end - start).Count('|') + 1);
        int cellStart = start;
        for (int i = start; i <= end; i++)
        {
            if (i == end || (text[i] == '|' && text[i - 1] != '\\'))
            {
                cells.Add(Cell(text, cellStart, i));
                cellStart = i + 1;
            }
        }
        return cells;
    }

    /// <summary>The cell whose text lies between <paramref name="start"/> and <paramref name="end"/>, blanks at either end trimmed.</summary>
    public static TableCell Cell(string text, int start, int end)
    {
        int s = start, e = end;
        while (s < e && IsBlank(text[s])) s++;
        while (e > s && IsBlank(text[e - 1])) e--;
        var span = TextSpan.FromBounds(s, e);
        if (span.Length == 0) return new TableCell(span, "", CellValue.Empty);
        if (SmallCount(text.AsSpan(s, e - s)) is int count) return new TableCell(span, CountText(count), new CellValue(CellValueKind.Number, count));
        string cellText = text.Substring(span.Start, span.Length);
        return new TableCell(span, cellText, CellValue.Parse(cellText));
    }

    /// <summary>The most cells hold a small count (0 to 999), written in ASCII digits without a leading zero: their texts are made once.</summary>
    private const int SmallCounts = 1000;

    // Benign race: two threads may both make a count's text; either is the same string.
    private static readonly string?[] CountTexts = new string?[SmallCounts];

    private static string CountText(int count) => CountTexts[count] ??= count.ToString(CultureInfo.InvariantCulture);

    /// <summary>The count the text is, when it is one of the <see cref="SmallCounts"/> written as <see cref="CountText"/> writes it; otherwise null.</summary>
    private static int? SmallCount(ReadOnlySpan<char> text)
    {
        if (text.Length is 0 or > 3 || (text[0] == '0' && text.Length > 1)) return null;
        int value = 0;
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c)) return null;
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static bool IsDelimiterRow(List<TableCell> cells)
        => cells.Count > 0 && cells.All(c => c.Text.Length > 0 && c.Text.Trim(':').Length > 0 && c.Text.Trim(':').All(ch => ch == '-'));

    private static bool IsBlank(char c) => c is ' ' or '\t' or '\u3000' or '\u00A0';
}
