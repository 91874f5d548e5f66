using GovInfo.Report.Template;

namespace GovInfo.Dsl.Types;

/// <summary>The kinds of value the rule language knows.</summary>
public enum TypeKind
{
    Any, Null, Number, Text, Bool, Regex, List, Lambda,
    Report, Title, Section, Heading, Paragraph, Sentence, Table, Row, Column, Cell, Match, Passage,
}

/// <summary>A static type of the rule language; tables, rows and columns may know their template table, so labels are checked before any report is read.</summary>
public sealed record DslType(TypeKind Kind, DslType? Element = null, TableDefinition? Table = null)
{
    public static readonly DslType Any = new(TypeKind.Any);
    public static readonly DslType Null = new(TypeKind.Null);
    public static readonly DslType Number = new(TypeKind.Number);
    public static readonly DslType Text = new(TypeKind.Text);
    public static readonly DslType Bool = new(TypeKind.Bool);
    public static readonly DslType Regex = new(TypeKind.Regex);
    public static readonly DslType Lambda = new(TypeKind.Lambda);
    public static readonly DslType Report = new(TypeKind.Report);
    public static readonly DslType Title = new(TypeKind.Title);
    public static readonly DslType Section = new(TypeKind.Section);
    public static readonly DslType Heading = new(TypeKind.Heading);
    public static readonly DslType Paragraph = new(TypeKind.Paragraph);
    public static readonly DslType Sentence = new(TypeKind.Sentence);
    public static readonly DslType Cell = new(TypeKind.Cell);
    public static readonly DslType Match = new(TypeKind.Match);
    public static readonly DslType Passage = new(TypeKind.Passage);

    public static DslType ListOf(DslType element) => new(TypeKind.List, element);
    public static DslType TableOf(TableDefinition? table) => new(TypeKind.Table, Table: table);
    public static DslType RowOf(TableDefinition? table) => new(TypeKind.Row, Table: table);
    public static DslType ColumnOf(TableDefinition? table) => new(TypeKind.Column, Table: table);

    public bool IsList => Kind == TypeKind.List;

    /// <summary>Whether a value of type <paramref name="actual"/> may stand where this type is expected.</summary>
    public bool Accepts(DslType actual)
    {
        if (Kind == TypeKind.Any || actual.Kind is TypeKind.Any or TypeKind.Null) return true;
        if (Kind != actual.Kind) return false;
        if (Kind == TypeKind.List) return Element is null || actual.Element is null || Element.Accepts(actual.Element);
        return Table is null || actual.Table is null || Table == actual.Table;
    }

    /// <summary>The name shown to policy staff in error messages.</summary>
    public override string ToString() => Kind switch
    {
        TypeKind.Any => "任意值",
        TypeKind.Null => "null",
        TypeKind.Number => "数字",
        TypeKind.Text => "文本",
        TypeKind.Bool => "真假值",
        TypeKind.Regex => "正则表达式",
        TypeKind.List => $"{Element ?? Any}的列表",
        TypeKind.Lambda => "函数（x => …）",
        TypeKind.Report => "报告",
        TypeKind.Title => "标题",
        TypeKind.Section => "部分",
        TypeKind.Heading => "小标题",
        TypeKind.Paragraph => "段落",
        TypeKind.Sentence => "句子",
        TypeKind.Table => Table is null ? "表格" : $"表格 {Table.Key}",
        TypeKind.Row => Table is null ? "表格行" : $"{Table.Key} 的行",
        TypeKind.Column => Table is null ? "表格列" : $"{Table.Key} 的列",
        TypeKind.Cell => "单元格",
        TypeKind.Match => "匹配结果",
        TypeKind.Passage => "文字",
        _ => Kind.ToString(),
    };
}
