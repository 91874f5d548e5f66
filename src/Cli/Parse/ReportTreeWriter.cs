using GovInfo.Report.Binding;
using GovInfo.Report.Documents;
using GovInfo.Report.Text;

namespace GovInfo.Cli.Parse;

/// <summary>Prints a bound report as an indented tree with line:col positions, for people checking how a file was read.</summary>
public static class ReportTreeWriter
{
    public static void Write(Report.Binding.Report report, TextWriter output)
    {
        var source = report.Document.Source;
        // A PDF's lines count within its pages (第N页:行:列).
        string At(TextSpan span) => source.Locate(span.Start) is var p && source.Map?.OnPage(p) is { } page ? page.ToString() : p.ToString();
        string LineAt(int offset) => source.Locate(offset) is var p && source.Map?.OnPage(p) is { } page ? $"第{page.Page}页:{page.Line}" : p.Line.ToString();
        string Line(TextSpan span) => LineAt(span.Start);
        string Lines(TextSpan span) => $"{LineAt(span.Start)}-{LineAt(Math.Max(span.Start, span.End - 1))}";
        bool pages = source.Scheme == PositionScheme.Pages;
        string Range(TextSpan span) => pages ? $"{LineAt(span.Start)} 至 {LineAt(Math.Max(span.Start, span.End - 1))}" : $"第 {Lines(span)} {source.Scheme.LineUnit()}";
        string LineOf(TextSpan span) => pages ? Line(span) : $"第 {Line(span)} {source.Scheme.LineUnit()}";

        // A .docx has no lines: its positions are paragraph:column (第N段).
        string reading = source.Scheme switch
        {
            PositionScheme.Paragraphs => "位置：段落:列",
            PositionScheme.Pages => "位置：第N页:行:列",
            _ => $"编码：{source.Encoding.WebName}{(source.HadByteOrderMark ? "，带 BOM" : "")}",
        };
        output.WriteLine($"报告 {source.Path}（读取方式：{report.Document.Format}，{reading}，模板：{report.Template.Id}）");
        if (report.Title is { } title)
        {
            output.WriteLine($"  标题 {At(title.Block.TextSpan)} “{title.Block.Text}”");
            output.WriteLine($"    发布机关：{title.Issuer ?? "（未识别）"}  年度：{(title.Year is { } y ? $"{y} @{At(title.YearSpan!.Value)}" : "（未识别）")}");
        }
        else output.WriteLine("  标题：（未找到）");

        output.WriteLine("  部分");
        foreach (var section in report.Sections)
        {
            if (!section.IsFound)
            {
                output.WriteLine($"    {section.Definition.OfficialHeading}：缺失");
                continue;
            }
            output.WriteLine($"    {section.Definition.OfficialHeading} [{MatchName(section.Match)}] {Range(section.Span!.Value)}");
            foreach (var heading in section.Headings)
                output.WriteLine($"      标题 {At(heading.TextSpan)} “{heading.Text}”{(heading == section.Heading ? "" : "（重复）")}");
        }

        output.WriteLine("  表格");
        foreach (var table in report.Tables)
        {
            if (!table.IsFound)
            {
                output.WriteLine($"    {table.Definition.Title}（{table.Definition.Key}）：未找到");
                continue;
            }
            string where = table.FoundIn is { } s ? s.Definition.OfficialHeading : "不在任何部分内";
            output.WriteLine($"    {table.Definition.Title}（{table.Definition.Key}）{Range(table.Source!.Span)}，位于 {where}{Method(table.Source.Syntax)}");
            foreach (var row in table.Rows)
            {
                output.WriteLine($"      {row.Row.DisplayPath} @{Line(row.Source.Span)}");
                foreach (var cell in row.Cells)
                    output.WriteLine($"        {cell.Column.DisplayPath} = {Describe(cell.Cell)}{(cell.Cell is { } c ? $" @{At(c.Span)}" : "")}");
            }
            foreach (var missing in table.MissingRows) output.WriteLine($"      缺少行：{missing.DisplayPath}");
            foreach (var missing in table.MissingColumns) output.WriteLine($"      表头缺少列：{missing.DisplayPath}");
            foreach (var unbound in table.UnboundRows) output.WriteLine($"      未使用的行 {LineOf(unbound.Row.Span)}：{ReasonName(unbound.Reason)}");
        }
    }

    /// <summary>How a PDF table was read: from its ruling lines, or by aligning words in columns.</summary>
    private static string Method(TableSyntax syntax) => syntax switch
    {
        TableSyntax.RuledLines => "，读取方式：按表格线",
        TableSyntax.AlignedColumns => "，读取方式：按文字列对齐（无表格线）",
        _ => "",
    };

    private static string Describe(TableCell? cell) => cell is null ? "（缺少单元格）" : cell.Value.Kind switch
    {
        CellValueKind.Number when cell.Text == cell.Value.ToString() => cell.Text,
        CellValueKind.Number => $"{cell.Value} “{cell.Text}”",
        CellValueKind.Empty => "（空）",
        _ => $"“{cell.Text}”（非数字）",
    };

    private static string MatchName(SectionMatch? match) => match switch
    {
        SectionMatch.Official => "规范名称",
        SectionMatch.Alias => "别称",
        SectionMatch.NumberOnly => "仅序号",
        _ => "",
    };

    private static string ReasonName(UnboundRowReason reason) => reason switch
    {
        UnboundRowReason.Unrecognized => "行标签与模板不符",
        UnboundRowReason.Duplicate => "与前面的行重复",
        _ => "数值多于列数",
    };
}
