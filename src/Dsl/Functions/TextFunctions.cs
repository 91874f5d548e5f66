using System.Text.RegularExpressions;
using GovInfo.Dsl.Runtime;
using GovInfo.Dsl.Types;
using GovInfo.Report.Text;

namespace GovInfo.Dsl.Functions;

/// <summary>Text functions: searching with regular expressions, and numbers and years read out of text with their spans.</summary>
public static partial class TextFunctions
{
    [GeneratedRegex(@"(?<![0-9０-９.．])[0-9０-９]+(?:[.．][0-9０-９]+)?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"(?<![0-9０-９])(?:19|20|１９|２０)[0-9０-９]{2}(?![0-9０-９])")]
    private static partial Regex YearPattern();

    private static readonly DslType Text = DslType.Text, Number = DslType.Number, Bool = DslType.Bool, Regex = DslType.Regex, Match = DslType.Match;

    public static IEnumerable<DslFunction> All() =>
    [
        new SimpleFunction("contains", "contains(文本, 文本或正则)：是否包含", [Text, Text], Bool, (a, c) => c.Bool(((TextValue)a[0]).Span.Contains(((TextValue)a[1]).Span, StringComparison.Ordinal), a[0].Origins)),
        new SimpleFunction("contains", "contains(文本, /正则/)：是否有匹配", [Text, Regex], Bool, (a, c) => c.Bool(IsMatch(a[0], a[1], c), a[0].Origins)),
        new SimpleFunction("matches", "matches(文本, /正则/)：是否有匹配（同 文本 matches /正则/）", [Text, Regex], Bool, (a, c) => c.Bool(IsMatch(a[0], a[1], c), a[0].Origins)),
        new SimpleFunction("startsWith", "startsWith(文本, 文本)：是否以其开头", [Text, Text], Bool, (a, c) => c.Bool(((TextValue)a[0]).Span.StartsWith(((TextValue)a[1]).Span, StringComparison.Ordinal), a[0].Origins)),
        new SimpleFunction("length", "length(文本)：字符数", [Text], Number, (a, _) => new NumberValue(((TextValue)a[0]).Text.Length, a[0].Origins), isProperty: true),
        new SimpleFunction("find", "find(文本, /正则/)：第一个匹配（带位置），没有则为空", [Text, Regex], Match, (a, c) => Find(a[0], a[1], c)),
        new SimpleFunction("findAll", "findAll(文本, /正则/)：全部匹配（带位置）", [Text, Regex], DslType.ListOf(Match), (a, c) => FindAll(a[0], a[1], c)),
        new SimpleFunction("group", "group(匹配, \"名称或序号\")：捕获组的文本（带位置），未参与匹配则为空", [Match, Text], Text, (a, c) => Group(a[0], ((TextValue)a[1]).Text, c)),
        new SimpleFunction("text", "匹配.text：匹配到的文本（带位置）", [Match], Text, (a, _) => MatchText(a[0]), isProperty: true),
        new SimpleFunction("number", "number(文本)：文本中的第一个数（全角数字亦可），带位置；没有则为空", [Text], Number, (a, _) => FirstNumber((TextValue)a[0])),
        new SimpleFunction("number", "number(匹配)：匹配文本中的第一个数", [Match], Number, (a, _) => FirstNumber(MatchText(a[0]))),
        new SimpleFunction("numbers", "numbers(文本)：文本中的全部数，各带位置", [Text], DslType.ListOf(Number), (a, _) => AllNumbers((TextValue)a[0])),
        new SimpleFunction("year", "year(文本)：文本中的第一个年份（19xx、20xx），带位置；没有则为空", [Text], Number, (a, _) => Years((TextValue)a[0]).FirstOrDefault() ?? Value.Null),
        new SimpleFunction("years", "years(文本)：文本中的全部年份", [Text], DslType.ListOf(Number), (a, _) => new ListValue(Years((TextValue)a[0]).ToList())),
    ];

    public static bool IsMatch(Value text, Value regex, EvalContext context)
        => Run(context, () => ((RegexValue)regex).Regex.IsMatch(((TextValue)text).Text));

    private static Value Find(Value text, Value regex, EvalContext context)
    {
        var source = (TextValue)text;
        var match = Run(context, () => ((RegexValue)regex).Regex.Match(source.Text));
        return match is { Success: true } ? Nodes.Match(new MatchNode(match, source)) : context.Null(text.Origins);
    }

    private static Value FindAll(Value text, Value regex, EvalContext context)
    {
        var source = (TextValue)text;
        var matches = Run(context, () => ((RegexValue)regex).Regex.Matches(source.Text).ToList()) ?? [];
        return new ListValue(matches.Select(m => (Value)Nodes.Match(new MatchNode(m, source))).ToList());
    }

    private static TextValue MatchText(Value match)
    {
        var node = ((NodeValue)match).As<MatchNode>();
        return node.Slice(node.Match.Index, node.Match.Length);
    }

    private static Value Group(Value match, string name, EvalContext context)
    {
        var node = ((NodeValue)match).As<MatchNode>();
        var group = int.TryParse(name, out int index) ? node.Match.Groups[index] : node.Match.Groups[name];
        return group.Success ? node.Slice(group.Index, group.Length) : context.Null(match.Origins);
    }

    private static Value FirstNumber(TextValue text) => AllNumbers(text).Items.FirstOrDefault() ?? new NullValue(text.Origins);

    private static ListValue AllNumbers(TextValue text)
        => new(NumberPattern().Matches(text.Text).Select(m => (Value)new NumberValue(
            decimal.Parse(WidthFolding.Fold(m.Value).Replace('．', '.'), System.Globalization.CultureInfo.InvariantCulture),
            text.SourceStart is { } s ? [new TextSpan(s + m.Index, m.Length)] : text.Origins)).ToList());

    private static IEnumerable<Value> Years(TextValue text)
        => YearPattern().Matches(text.Text).Select(m => (Value)new NumberValue(
            int.Parse(WidthFolding.Fold(m.Value)),
            text.SourceStart is { } s ? [new TextSpan(s + m.Index, m.Length)] : text.Origins));

    /// <summary>Runs a regex operation; a timeout (a pathological pattern or input) counts as no result, never a hang.</summary>
    public static T? Run<T>(EvalContext context, Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (RegexMatchTimeoutException e)
        {
            context.RegexTimeouts.Add(e.Pattern);
            return default;
        }
    }
}
