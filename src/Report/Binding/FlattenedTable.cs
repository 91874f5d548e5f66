using GovInfo.Report.Documents;
using GovInfo.Report.Template;

namespace GovInfo.Report.Binding;

/// <summary>
/// Recognises a table that is not a table any more: its row labels stand in running text, each directly followed by
/// digits (a crawler's export joins 本年新收政府信息公开申请数量 | 64 | 0 | … into 本年新收政府信息公开申请数量640…),
/// or, for a table whose labels are mostly column headers, the headers stand run together and the last is followed by
/// a run of digits (行政复议行政诉讼结果维持结果纠正…总计10203…).
/// </summary>
public static class FlattenedTable
{
    /// <summary>The assessment of a table no source table was bound to, when its labels are flattened into the text of its section (or, without that section, of the report); otherwise null.</summary>
    public static TableAssessment? Find(TableDefinition definition, Document document, IReadOnlyList<ReportSection> sections)
    {
        var home = sections.FirstOrDefault(s => s.Definition.Key == definition.SectionKey && s.IsFound);
        var blocks = home?.Blocks ?? document.Blocks;
        var texts = blocks.Select(b => b switch { Paragraph p => p.Text, ListItem i => i.Text, _ => null })
            .Where(t => t is not null).Select(t => string.Concat(t!.Where(c => !char.IsWhiteSpace(c)))).ToList();
        int found = definition.RowLeaves.Count(row => row.Names.Any(name => texts.Any(t => FollowedByDigit(t, Folded(name), 1))));
        if (found >= TableBinder.MinimumScore)
            return new TableAssessment(TableState.Flattened, $"正文中有这张表的 {found} 个行名，各自紧跟着数字，但没有表格（表格可能被展平成了一串数字）");

        var headers = definition.Parts.SelectMany(p => p.AllColumns).SelectMany(c => c.Names).Select(Folded).Where(n => n.Length >= 2).Distinct().ToList();
        foreach (var text in texts)
        {
            int shown = headers.Count(h => text.Contains(h, StringComparison.Ordinal));
            if (shown >= TableBinder.MinimumScore && headers.Any(h => FollowedByDigit(text, h, MinimumRun)))
                return new TableAssessment(TableState.Flattened, $"正文中连写着这张表的 {shown} 个列名，后面跟着一串数字，但没有表格（表格可能被展平成了一串数字）");
        }
        return null;
    }

    /// <summary>Digits that follow run-together headers: as many as a row of the smallest official table has cells, so a count in prose (总计15件) is not one.</summary>
    private const int MinimumRun = 5;

    private static string Folded(string name) => LabelNormalizer.Fold(name).WithoutNote;

    /// <summary>Whether the label occurs in the text directly followed by at least <paramref name="digits"/> ASCII digits.</summary>
    private static bool FollowedByDigit(string text, string label, int digits)
    {
        if (label.Length < 2) return false;
        for (int at = text.IndexOf(label, StringComparison.Ordinal); at >= 0; at = text.IndexOf(label, at + 1, StringComparison.Ordinal))
        {
            int next = at + label.Length, run = 0;
            while (next + run < text.Length && char.IsAsciiDigit(text[next + run])) run++;
            if (run >= digits) return true;
        }
        return false;
    }
}
