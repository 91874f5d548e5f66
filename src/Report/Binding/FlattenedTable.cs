using GovInfo.Report.Documents;
using GovInfo.Report.Template;

namespace GovInfo.Report.Binding;

/// <summary>
/// Recognises a table that is not a table any more: its row labels stand in running text, each directly followed by
/// digits (a crawler's export joins 本年新收政府信息公开申请数量 | 64 | 0 | … into 本年新收政府信息公开申请数量640…).
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
        int found = definition.RowLeaves.Count(row => row.Names.Any(name => texts.Any(t => FollowedByDigit(t, LabelNormalizer.Fold(name).WithoutNote))));
        return found >= TableBinder.MinimumScore
            ? new TableAssessment(TableState.Flattened, $"正文中有这张表的 {found} 个行名，各自紧跟着数字，但没有表格（表格可能被展平成了一串数字）")
            : null;
    }

    private static bool FollowedByDigit(string text, string label)
    {
        if (label.Length < 2) return false;
        for (int at = text.IndexOf(label, StringComparison.Ordinal); at >= 0; at = text.IndexOf(label, at + 1, StringComparison.Ordinal))
        {
            int next = at + label.Length;
            if (next < text.Length && char.IsAsciiDigit(text[next])) return true;
        }
        return false;
    }
}
