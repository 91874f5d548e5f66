using GovInfo.Dsl.Errors;
using GovInfo.Dsl.Runtime;
using GovInfo.Dsl.Types;
using GovInfo.Report.Reading;
using GovInfo.Report.Template;

namespace GovInfo.Dsl.Functions;

/// <summary><c>section(x)</c>: a section by key (other), number (6 or 六), or title; a literal is checked against the template.</summary>
public sealed class SectionFunction : DslFunction
{
    public override string Name => "section";
    public override string Summary => "section(键、序号或名称)：模板中的一个部分，如 section(\"other\")、section(6)、section(\"其他需要报告的事项\")";

    public override DslType? Check(CallCheck call)
    {
        if (call.Count != 1 || call.ArgType(0) is not { } type || !(DslType.Text.Accepts(type) || DslType.Number.Accepts(type)))
        {
            call.Error(-1, DslErrorCodes.TypeError, "section 需要一个参数：部分的键、序号或名称。");
            return null;
        }
        if (call.TryGetConstant(0, out var constant))
        {
            var section = Resolve(call.Template, constant!);
            if (section is null)
            {
                call.Error(0, DslErrorCodes.UnknownLabel, $"模板中没有部分 “{constant}”；可用：{string.Join("、", call.Template.Sections.Select(s => $"{s.Key}（{s.OfficialHeading}）"))}。");
                return null;
            }
            call.State = section;
        }
        return DslType.Section;
    }

    public override Value Invoke(CallArgs args)
    {
        var definition = args.State as SectionDefinition ?? Resolve(args.Context.View.Report.Template, Key(args[0]));
        return definition is not null && args.Context.View.Report.Section(definition.Key) is { } section ? Nodes.Section(section) : Value.Null;
    }

    private static object Key(Value value) => value switch
    {
        NumberValue n => n.Number,
        TextValue t => t.Text,
        _ => "",
    };

    public static SectionDefinition? Resolve(ReportTemplate template, object key) => key switch
    {
        decimal n => template.Sections.FirstOrDefault(s => s.Number == n),
        string s => template.Sections.FirstOrDefault(d => d.Key == s || d.NumberText == s || d.Number.ToString() == s
            || LabelNormalizer.Matches(s, d.Title) || LabelNormalizer.Matches(s, d.OfficialHeading) || NumberingParser.ParseChinese(s) == d.Number),
        _ => null,
    };
}

/// <summary><c>table(x)</c>: an official table by key (applications) or title; a literal is checked against the template.</summary>
public sealed class TableFunction : DslFunction
{
    public override string Name => "table";
    public override string Summary => "table(键或表名)：模板中的一张统计表，如 table(\"applications\")；也可直接写键名 applications";

    public override DslType? Check(CallCheck call)
    {
        if (call.Count != 1 || call.ArgType(0) is not { } type || !DslType.Text.Accepts(type))
        {
            call.Error(-1, DslErrorCodes.TypeError, "table 需要一个参数：表格的键或表名。");
            return null;
        }
        if (!call.TryGetConstant(0, out var constant)) return DslType.TableOf(null);
        var table = Resolve(call.Template, (string)constant!);
        if (table is null)
        {
            call.Error(0, DslErrorCodes.UnknownLabel, $"模板中没有表格 “{constant}”；可用：{string.Join("、", call.Template.Tables.Select(t => $"{t.Key}（{t.Title}）"))}。");
            return null;
        }
        call.State = table;
        return DslType.TableOf(table);
    }

    public override Value Invoke(CallArgs args)
    {
        var definition = args.State as TableDefinition ?? (args[0] is TextValue t ? Resolve(args.Context.View.Report.Template, t.Text) : null);
        return definition is not null && args.Context.View.Report.Table(definition.Key) is { } table ? args.Context.View.Values.Table(table) : Value.Null;
    }

    public static TableDefinition? Resolve(ReportTemplate template, string key)
        => template.Tables.FirstOrDefault(t => t.Key == key || LabelNormalizer.Matches(key, t.Title));
}
