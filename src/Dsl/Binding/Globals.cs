using GovInfo.Dsl.Runtime;
using GovInfo.Dsl.Types;
using GovInfo.Report.Template;

namespace GovInfo.Dsl.Binding;

/// <summary>Names every expression can use: the report and its parts, and each template table by its key (applications, active, reviews).</summary>
public static class Globals
{
    private static readonly Dictionary<string, BoundExpression> Fixed = new()
    {
        ["report"] = new(DslType.Report, c => c.View.Values.Report),
        ["title"] = new(DslType.Title, c => c.View.Values.Title),
        ["year"] = new(DslType.Number, c => c.View.Values.Year),
        ["issuer"] = new(DslType.Text, c => c.View.Values.Issuer),
        ["sections"] = Once(DslType.ListOf(DslType.Section), c => new ListValue(c.View.Report.Sections.Select(s => (Value)Nodes.Section(s)).ToList())),
        ["tables"] = Once(DslType.ListOf(DslType.TableOf(null)), c => new ListValue(c.View.Report.Tables.Select(t => (Value)c.View.Values.Table(t)).ToList())),
        ["paragraphs"] = Once(DslType.ListOf(DslType.Paragraph), c => new ListValue(c.View.Paragraphs.Select(p => (Value)Nodes.Paragraph(p)).ToList())),
        ["sentences"] = Once(DslType.ListOf(DslType.Sentence), c => new ListValue(c.View.Sentences.Select(s => (Value)Nodes.Sentence(s)).ToList())),
    };

    /// <summary>A global computed once per report.</summary>
    private static BoundExpression Once(DslType type, Func<EvalContext, Value> compute)
    {
        var key = new object();
        return new BoundExpression(type, c => c.View.Values.Global(key, c, compute));
    }

    public static BoundExpression? TryGet(ReportTemplate template, string name)
    {
        if (Fixed.TryGetValue(name, out var global)) return global;
        var table = template.Table(name);
        if (table is null) return null;
        string key = table.Key;
        // Found once per report, at its position in the template (a report's tables are the template's, in its order).
        int index = IndexOf(template, table);
        return new BoundExpression(DslType.TableOf(table), c => (Value?)c.View.Values.Table(index, key) ?? Value.Null);
    }

    private static int IndexOf(ReportTemplate template, TableDefinition table)
    {
        for (int i = 0; i < template.Tables.Count; i++)
            if (ReferenceEquals(template.Tables[i], table)) return i;
        return -1;
    }

    public static IEnumerable<string> Names(ReportTemplate template) => Fixed.Keys.Concat(template.Tables.Select(t => t.Key));
}
