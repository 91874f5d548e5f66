using GovInfo.Dsl.Runtime;
using GovInfo.Dsl.Types;
using GovInfo.Report.Binding;
using GovInfo.Report.Caching;
using GovInfo.Report.Documents;
using GovInfo.Report.Template;
using GovInfo.Report.Text;

namespace GovInfo.Dsl.Functions;

/// <summary>Navigation over the bound report: the properties of reports, sections, headings, paragraphs, sentences, tables, rows, columns and cells.</summary>
public static class ReportFunctions
{
    private static readonly DslType Number = DslType.Number, Text = DslType.Text, Bool = DslType.Bool;

    private static MemberFunction Member(string name, string summary, TypeKind receiver, DslType result, Func<Value, EvalContext, Value> body)
        => new(name, summary, receiver, _ => result, body);

    /// <summary>A property that reads the binder's verdict on what can be checked (see <see cref="DslFunction.ReadsAssessment"/>).</summary>
    private static MemberFunction Verdict(string name, string summary, TypeKind receiver, DslType result, Func<Value, EvalContext, Value> body)
        => new(name, summary, receiver, _ => result, body) { ReadsAssessment = true };

    private static Value Str(string? s) => s is null ? Value.Null : new TextValue(s, null, []);

    /// <summary>
    /// The text values of template strings (keys, labels, titles), by the string's identity, for the whole process:
    /// each is made once and shared (rules read <c>row.key</c> and <c>column.label</c> for every row and column).
    /// Bounded, as every template loaded adds its strings (tests load many).
    /// </summary>
    private static readonly BoundedCache<string, TextValue> TemplateTexts = new(TemplateTextCapacity, ReferenceEqualityComparer.Instance);

    /// <summary>The most template strings kept as values (the default template has a few hundred).</summary>
    public const int TemplateTextCapacity = 10_000;

    /// <summary>A string of the template as a value (never a string made per call, which would fill the cache).</summary>
    private static Value Template(string? s) => s is null ? Value.Null : TemplateTexts.GetOrAdd(s, static t => new TextValue(t, null, []));

    // A located number keeps its span without a one-element list; an unlocated small count is shared.
    private static Value Num(decimal? n, TextSpan? at = null) => n is not { } v ? Value.Null
        : at is { } a ? new NumberValue(v, a) : NumberValue.Unlocated(v);
    private static Value Src(SourceText source, TextSpan span) => TextValue.FromSource(source[span], span.Start);

    /// <summary>A wrapped title's text is its lines joined: located as a whole, since its characters are not one stretch of the source.</summary>
    private static Value TitleText(SourceText source, TitleBlock title)
        => title.IsContiguous ? Src(source, title.TextSpan) : new TextValue(title.Text, null, [title.TextSpan]);
    private static ListValue List<T>(IEnumerable<T> items, Func<T, Value> wrap) => new(items.Select(wrap).ToList());

    private static ListValue List<T>(IReadOnlyList<T> items, Func<T, Value> wrap)
    {
        var values = new Value[items.Count];
        for (int i = 0; i < values.Length; i++) values[i] = wrap(items[i]);
        return new ListValue(values);
    }

    private static readonly TextValue[] KindNames
        = [.. Enum.GetValues<CellValueKind>().Select(k => new TextValue(k.ToString().ToLowerInvariant(), null, []))];
    private static readonly TextValue Missing = new("missing", null, []);

    /// <summary>A cell's kind, located at the cell; while only testing (no origins) the shared name value does.</summary>
    private static TextValue KindOf(BoundCell cell, Value at, EvalContext context)
    {
        var name = cell.Cell is { } tc ? KindNames[(int)tc.Value.Kind] : Missing;
        return context.TrackOrigins ? new TextValue(name.Text, null, at.Origins) : name;
    }

    public static IEnumerable<DslFunction> All() =>
    [
        new SectionFunction(),
        new TableFunction(),
        new BeforeFunction(),

        Member("sections", "报告.sections：模板的六个部分（含缺失的）", TypeKind.Report, DslType.ListOf(DslType.Section), (r, c) => List(c.View.Report.Sections, Nodes.Section)),
        Member("tables", "报告.tables：模板的统计表（含缺失的）", TypeKind.Report, DslType.ListOf(DslType.TableOf(null)), (r, c) => List(c.View.Report.Tables, c.View.Values.Table)),
        Member("paragraphs", "报告.paragraphs：全部段落与列表项", TypeKind.Report, DslType.ListOf(DslType.Paragraph), (r, c) => List(c.View.Paragraphs, Nodes.Paragraph)),
        Member("sentences", "报告.sentences：全部句子", TypeKind.Report, DslType.ListOf(DslType.Sentence), (r, c) => List(c.View.Sentences, Nodes.Sentence)),
        Member("title", "报告.title：标题，没有则为空", TypeKind.Report, DslType.Title, (r, c) => c.View.Values.Title),
        Member("text", "报告.text：全文", TypeKind.Report, Text, (r, c) => TextValue.FromSource(c.View.Source.Text, 0)),
        Verdict("structureFound", "报告.structureFound：是否找到了六个部分中的任何一个；一个也没有时报告结构无法识别", TypeKind.Report, Bool, (r, c) => c.Bool(c.View.Report.IsStructureRecognized, r)),

        Member("text", "标题.text：标题文字（折行的标题连成一行）", TypeKind.Title, Text, (t, c) => TitleText(c.View.Source, ((NodeValue)t).As<ReportTitle>().Block)),
        Member("year", "标题.year：标题中的年度（带位置）", TypeKind.Title, Number, (t, c) => ((NodeValue)t).As<ReportTitle>() is var title ? Num(title.Year, title.YearSpan) : Value.Null),
        Member("issuer", "标题.issuer：发布机关", TypeKind.Title, Text, (t, c) => ((NodeValue)t).As<ReportTitle>() is { IssuerSpan: { } span } ? Src(c.View.Source, span) : Value.Null),

        Member("key", "部分.key：模板中的键，如 overview、other", TypeKind.Section, Text, (s, c) => Template(((NodeValue)s).As<ReportSection>().Definition.Key)),
        Member("number", "部分.number：模板序号 1–6", TypeKind.Section, Number, (s, c) => Num(((NodeValue)s).As<ReportSection>().Definition.Number)),
        Member("title", "部分.title：模板中的名称，如 其他需要报告的事项", TypeKind.Section, Text, (s, c) => Template(((NodeValue)s).As<ReportSection>().Definition.Title)),
        Member("official", "部分.official：模板中的完整标题，如 六、其他需要报告的事项", TypeKind.Section, Text, (s, c) => Str(((NodeValue)s).As<ReportSection>().Definition.OfficialHeading)),
        Member("found", "部分.found：报告中是否有这一部分", TypeKind.Section, Bool, (s, c) => c.Bool(((NodeValue)s).As<ReportSection>().IsFound, s)),
        Member("heading", "部分.heading：这一部分的标题（第一个），缺失则为空", TypeKind.Section, DslType.Heading, (s, c) => ((NodeValue)s).As<ReportSection>().Heading is { } h ? Nodes.Heading(h) : Value.Null),
        Member("headings", "部分.headings：这一部分标题及其中的各级小标题", TypeKind.Section, DslType.ListOf(DslType.Heading), (s, c) => ((NodeValue)s).As<ReportSection>() is var sec ? List(sec.Headings.Concat(sec.Blocks.OfType<Heading>()).Distinct().OrderBy(h => h.Span.Start), Nodes.Heading) : Value.Null),
        Member("text", "部分.text：这一部分的全文（含标题与表格）", TypeKind.Section, Text, (s, c) => c.View.TextOf(((NodeValue)s).As<ReportSection>())),
        Member("body", "部分.body：标题之后的全文（不含本部分标题）", TypeKind.Section, Text, (s, c) => c.View.BodyOf(((NodeValue)s).As<ReportSection>())),
        Member("match", "部分.match：official（规范名称）、alias（别称）、numberonly（仅凭序号），缺失则为空", TypeKind.Section, Text, (s, c) => ((NodeValue)s).As<ReportSection>().Match is { } m ? Str(m.ToString().ToLowerInvariant()) : Value.Null),
        Member("duplicates", "部分.duplicates：重复出现的本部分标题（第二个起）", TypeKind.Section, DslType.ListOf(DslType.Heading), (s, c) => List(((NodeValue)s).As<ReportSection>().Headings.Skip(1), Nodes.Heading)),
        Member("tables", "部分.tables：位于这一部分中的官方统计表", TypeKind.Section, DslType.ListOf(DslType.TableOf(null)), (s, c) => List(c.View.Report.Tables.Where(t => t.FoundIn == ((NodeValue)s).As<ReportSection>()), c.View.Values.Table)),
        Member("paragraphs", "部分.paragraphs：这一部分的段落与列表项", TypeKind.Section, DslType.ListOf(DslType.Paragraph), (s, c) => List(c.View.ParagraphsOf(((NodeValue)s).As<ReportSection>()), Nodes.Paragraph)),
        Member("sentences", "部分.sentences：这一部分的句子", TypeKind.Section, DslType.ListOf(DslType.Sentence), (s, c) => List(c.View.SentencesOf(((NodeValue)s).As<ReportSection>()), Nodes.Sentence)),

        Member("text", "小标题.text：标题全文（含序号）", TypeKind.Heading, Text, (h, c) => Src(c.View.Source, ((NodeValue)h).As<Heading>().TextSpan)),
        Member("title", "小标题.title：序号之后的文字", TypeKind.Heading, Text, (h, c) => Src(c.View.Source, ((NodeValue)h).As<Heading>().TitleSpan)),
        Member("level", "小标题.level：级别（Markdown # 的个数，或由序号推定）", TypeKind.Heading, Number, (h, c) => Num(((NodeValue)h).As<Heading>().Level)),
        Member("number", "小标题.number：序号的数值（一 → 1），没有序号则为空", TypeKind.Heading, Number, (h, c) => ((NodeValue)h).As<Heading>().Numbering is { } n ? Num(n.Value, n.Span) : Value.Null),
        Member("numbering", "小标题.numbering：序号原文，如 （三）", TypeKind.Heading, Text, (h, c) => ((NodeValue)h).As<Heading>().Numbering is { } n ? Src(c.View.Source, n.Span) : Value.Null),
        Member("syntax", "小标题.syntax：markdown（# 标题）或 numbered（仅以序号开头的行）", TypeKind.Heading, Text, (h, c) => Str(((NodeValue)h).As<Heading>().Syntax.ToString().ToLowerInvariant())),
        Member("previous", "小标题.previous：同一部分内、同一层级的上一个同类序号小标题（跨越上级标题则为空）", TypeKind.Heading, DslType.Heading, (h, c) => c.View.PreviousSibling(((NodeValue)h).As<Heading>()) is { } p ? Nodes.Heading(p) : Value.Null),

        Member("text", "段落.text：段落文字", TypeKind.Paragraph, Text, (p, c) => Src(c.View.Source, ((NodeValue)p).As<ParagraphNode>().TextSpan)),
        Member("sentences", "段落.sentences：段落中的句子", TypeKind.Paragraph, DslType.ListOf(DslType.Sentence), (p, c) => List(c.View.Sentences.Where(s => s.Paragraph == ((NodeValue)p).As<ParagraphNode>()), Nodes.Sentence)),
        Member("section", "段落.section：所在部分，不在任何部分则为空", TypeKind.Paragraph, DslType.Section, (p, c) => ((NodeValue)p).As<ParagraphNode>().Section is { } s ? Nodes.Section(s) : Value.Null),

        Member("text", "句子.text：句子文字", TypeKind.Sentence, Text, (s, c) => Src(c.View.Source, ((NodeValue)s).As<SentenceNode>().Span)),
        Member("paragraph", "句子.paragraph：所在段落", TypeKind.Sentence, DslType.Paragraph, (s, c) => Nodes.Paragraph(((NodeValue)s).As<SentenceNode>().Paragraph)),
        Member("section", "句子.section：所在部分，不在任何部分则为空", TypeKind.Sentence, DslType.Section, (s, c) => ((NodeValue)s).As<SentenceNode>().Paragraph.Section is { } sec ? Nodes.Section(sec) : Value.Null),

        Member("text", "文字.text：这段文字", TypeKind.Passage, Text, (p, c) => Src(c.View.Source, ((NodeValue)p).As<PassageNode>().Span)),
        Member("kind", "文字.kind：title（标题）、heading（小标题）、paragraph（段落）、item（列表项）或 cell（表格中的文字单元格）", TypeKind.Passage, Text, (p, c) => Str(((NodeValue)p).As<PassageNode>().Kind)),

        Member("key", "表格.key：模板中的键，如 applications", TypeKind.Table, Text, (t, c) => Template(((NodeValue)t).As<BoundTable>().Definition.Key)),
        Member("title", "表格.title：模板中的表名", TypeKind.Table, Text, (t, c) => Template(((NodeValue)t).As<BoundTable>().Definition.Title)),
        Member("found", "表格.found：报告中是否找到这张表", TypeKind.Table, Bool, (t, c) => c.Bool(((NodeValue)t).As<BoundTable>().IsFound, t)),
        new MemberFunction("rows", "表格.rows：模板的各数据行（按模板顺序，找到的）", TypeKind.Table, t => DslType.ListOf(DslType.RowOf(t.Table)), (t, c) => c.View.Values.RowsOf(((NodeValue)t).As<BoundTable>())),
        new MemberFunction("columns", "表格.columns：模板的各数据列（按模板顺序）", TypeKind.Table, t => DslType.ListOf(DslType.ColumnOf(t.Table)), (t, c) => c.View.Values.ColumnsOf(((NodeValue)t).As<BoundTable>())),
        Member("cells", "表格.cells：全部单元格", TypeKind.Table, DslType.ListOf(DslType.Cell), (t, c) => c.View.Values.CellsOf(((NodeValue)t).As<BoundTable>())),
        Verdict("state", "表格.state：能否检查其单元格：ok；missing（没有这张表）、flattened（正文中只有展平的行名和数字）、unplaced（数值无法对应到单元格）、damaged（大部分行缺失）", TypeKind.Table, Text,
            (t, c) => Str(((NodeValue)t).As<BoundTable>().Assessment.State.ToString().ToLowerInvariant())),
        Verdict("problem", "表格.problem：不能检查时的原因（中文），能检查则为空", TypeKind.Table, Text, (t, c) => Str(((NodeValue)t).As<BoundTable>().Assessment.Problem)),
        Member("section", "表格.section：表格实际所在的部分", TypeKind.Table, DslType.Section, (t, c) => ((NodeValue)t).As<BoundTable>().FoundIn is { } s ? Nodes.Section(s) : Value.Null),
        Member("home", "表格.home：模板规定表格所在部分的键，如 applications", TypeKind.Table, Text, (t, c) => Template(((NodeValue)t).As<BoundTable>().Definition.SectionKey)),
        Member("missingRows", "表格.missingRows：模板中有、报告中没有找到的行（名称，位于表格）", TypeKind.Table, DslType.ListOf(Text),
            (t, c) => ((NodeValue)t).As<BoundTable>() is var table ? List(table.MissingRows, r => new TextValue(r.DisplayPath, null, c.TrackOrigins ? t.Origins : [])) : Value.Null),
        Member("missingColumns", "表格.missingColumns：表头中没有找到的列（名称，同名的只列一次，位于表格）", TypeKind.Table, DslType.ListOf(Text),
            (t, c) => ((NodeValue)t).As<BoundTable>() is var table ? List(table.MissingColumns.Select(col => col.DisplayPath).Distinct(), name => new TextValue(name, null, c.TrackOrigins ? t.Origins : [])) : Value.Null),
        Member("unrecognizedRows", "表格.unrecognizedRows：无法对应到模板的行（该行原文，带位置）", TypeKind.Table, DslType.ListOf(Text),
            (t, c) => ((NodeValue)t).As<BoundTable>() is var table ? List(table.UnboundRows, u => Src(c.View.Source, u.Row.Span)) : Value.Null),

        Member("key", "行.key：模板中的键路径，如 results.withheld.state_secret", TypeKind.Row, Text, (r, c) => ((NodeValue)r).As<RowNode>() is { Grid: { } g, Ordinal: >= 0 and var i } ? g.RowKey(i) : Template(((NodeValue)r).As<RowNode>().Row.Path)),
        Member("label", "行.label：模板中的行名", TypeKind.Row, Text, (r, c) => ((NodeValue)r).As<RowNode>() is { Grid: { } g, Ordinal: >= 0 and var i } ? g.RowLabel(i) : Template(((NodeValue)r).As<RowNode>().Row.Label)),
        Member("cells", "行.cells：这一行的单元格（按列序）", TypeKind.Row, DslType.ListOf(DslType.Cell), (r, c) => c.View.Values.CellsOf(((NodeValue)r).As<RowNode>())),
        new MemberFunction("table", "行.table：所在表格", TypeKind.Row, r => DslType.TableOf(r.Table), (r, c) => c.View.Values.Table(((NodeValue)r).As<RowNode>().Table)),

        Member("key", "列.key：模板中的键路径，如 legal.business", TypeKind.Column, Text, (col, c) => ((NodeValue)col).As<ColumnNode>() is { Grid: { } g, Ordinal: >= 0 and var i } ? g.ColumnKey(i) : Template(((NodeValue)col).As<ColumnNode>().Column.Path)),
        Member("label", "列.label：模板中的列名", TypeKind.Column, Text, (col, c) => ((NodeValue)col).As<ColumnNode>() is { Grid: { } g, Ordinal: >= 0 and var i } ? g.ColumnLabel(i) : Template(((NodeValue)col).As<ColumnNode>().Column.Label)),
        Member("group", "列.group：上一级列名（如 法人或其他组织），没有则为空", TypeKind.Column, Text, (col, c) => Template(((NodeValue)col).As<ColumnNode>().Column.Parent?.Label)),

        Member("value", "单元格.value：数值；空白、/、- 等非数字为空", TypeKind.Cell, Number, (cell, c) => ((NodeValue)cell).As<CellNode>() is var node ? c.View.Values.CellNumber(node.Table, node.Cell) : Value.Null),
        Member("text", "单元格.text：原文", TypeKind.Cell, Text, (cell, c) => ((NodeValue)cell).As<CellNode>().Cell.Cell is { } tc ? Src(c.View.Source, tc.Span) : new TextValue("", null, cell.Origins)),
        Member("kind", "单元格.kind：number、empty、placeholder、text 或 missing", TypeKind.Cell, Text, (cell, c) => KindOf(((NodeValue)cell).As<CellNode>().Cell, cell, c)),
        Member("allowsDecimal", "单元格.allowsDecimal：模板是否允许小数（如万元金额）", TypeKind.Cell, Bool, (cell, c) => c.Bool(((NodeValue)cell).As<CellNode>().Cell.Column.AllowsDecimal, cell)),
        new MemberFunction("row", "单元格.row：所在行", TypeKind.Cell, _ => DslType.RowOf(null), (cell, c) => ((NodeValue)cell).As<CellNode>() is var node && c.View.RowOf(node.Table, node.Cell.Row) is { } row ? c.View.Values.Row(row) : Value.Null),
        new MemberFunction("column", "单元格.column：所在列", TypeKind.Cell, _ => DslType.ColumnOf(null), (cell, c) => ((NodeValue)cell).As<CellNode>() is var node ? c.View.Values.ColumnOf(node.Table, node.Cell) : Value.Null),
    ];

    public static IReadOnlyList<RowNode> RowsOf(ReportView view, BoundTable table) => view.RowsOf(table);
}
