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
        new SimpleFunction("contains", "contains(文本, 文本或正则)：是否包含", [Text, Text], Bool, (a, c) => c.Bool(((TextValue)a[0]).Span.Contains(((TextValue)a[1]).Span, StringComparison.Ordinal), a[0])),
        new SimpleFunction("contains", "contains(文本, /正则/)：是否有匹配", [Text, Regex], Bool, (a, c) => c.Bool(IsMatch(a[0], a[1], c), a[0])),
        new SimpleFunction("matches", "matches(文本, /正则/)：是否有匹配（同 文本 matches /正则/）", [Text, Regex], Bool, (a, c) => c.Bool(IsMatch(a[0], a[1], c), a[0])),
        new SimpleFunction("startsWith", "startsWith(文本, 文本)：是否以其开头", [Text, Text], Bool, (a, c) => c.Bool(((TextValue)a[0]).Span.StartsWith(((TextValue)a[1]).Span, StringComparison.Ordinal), a[0])),
        new SimpleFunction("length", "length(文本)：字符数", [Text], Number, (a, _) => new NumberValue(((TextValue)a[0]).Text.Length, a[0]), isProperty: true),
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
    {
        try
        {
            var pattern = (RegexValue)regex;
            var span = ((TextValue)text).Span;
            return pattern.MayMatch(span) && pattern.Regex.IsMatch(span);
        }
        catch (RegexMatchTimeoutException e)
        {
            return TimedOut(context, e, false);
        }
    }

    /// <summary>The first match, or null when there is none or the search timed out (recorded in the context).</summary>
    public static Match? FirstMatch(Regex regex, string text, EvalContext context)
    {
        try
        {
            return regex.Match(text) is { Success: true } match ? match : null;
        }
        catch (RegexMatchTimeoutException e)
        {
            return TimedOut<Match?>(context, e, null);
        }
    }

    /// <summary>The match after <paramref name="match"/>, or null when there is none or the search timed out (recorded in the context).</summary>
    public static Match? NextMatch(Match match, EvalContext context)
    {
        try
        {
            return match.NextMatch() is { Success: true } next ? next : null;
        }
        catch (RegexMatchTimeoutException e)
        {
            return TimedOut<Match?>(context, e, null);
        }
    }

    /// <summary>Every match; none when the search timed out (recorded in the context).</summary>
    public static Match[] AllMatches(Regex regex, string text, EvalContext context)
    {
        try
        {
            var all = regex.Matches(text);
            var matches = new Match[all.Count];
            all.CopyTo(matches, 0);
            return matches;
        }
        catch (RegexMatchTimeoutException e)
        {
            return TimedOut(context, e, Array.Empty<Match>());
        }
    }

    private static Value Find(Value text, Value regex, EvalContext context)
    {
        var (source, pattern) = ((TextValue)text, (RegexValue)regex);
        return pattern.MayMatch(source.Span) && FirstMatch(pattern.Regex, source.Text, context) is { } match
            ? Nodes.Match(new RegexMatchNode(match, source)) : context.Null(text);
    }

    private static ListValue FindAll(Value text, Value regex, EvalContext context)
    {
        var (source, pattern) = ((TextValue)text, (RegexValue)regex);
        var matches = pattern.MayMatch(source.Span) ? AllMatches(pattern.Regex, source.Text, context) : [];
        var values = new Value[matches.Length];
        for (int i = 0; i < matches.Length; i++) values[i] = Nodes.Match(new RegexMatchNode(matches[i], source));
        return new ListValue(values);
    }

    private static TextValue MatchText(Value match)
    {
        var node = ((NodeValue)match).As<MatchNode>();
        return node.Slice(node.Index, node.Length);
    }

    private static Value Group(Value match, string name, EvalContext context)
    {
        var node = ((NodeValue)match).As<MatchNode>();
        return node.Group(name) is { } group ? node.Slice(group.Index, group.Length) : context.Null(match);
    }

    private static Value FirstNumber(TextValue text)
        => NumberPattern().Match(text.Text) is { Success: true } m ? NumberAt(text, m) : new NullValue(text.Origins);

    private static ListValue AllNumbers(TextValue text) => new(NumberPattern().Matches(text.Text).Select(m => NumberAt(text, m)).ToList());

    private static Value NumberAt(TextValue text, Match m)
    {
        decimal number = decimal.Parse(WidthFolding.Fold(m.Value).Replace('．', '.'), System.Globalization.CultureInfo.InvariantCulture);
        return text.SourceStart is { } s ? new NumberValue(number, new TextSpan(s + m.Index, m.Length)) : new NumberValue(number, text);
    }

    private static IEnumerable<Value> Years(TextValue text)
        => YearPattern().Matches(text.Text).Select(m => (Value)new NumberValue(
            int.Parse(WidthFolding.Fold(m.Value)),
            text.SourceStart is { } s ? [new TextSpan(s + m.Index, m.Length)] : text.Origins));

    /// <summary>
    /// A regex operation that timed out (a pathological pattern or input) gives no result, never a hang; the pattern is
    /// recorded, and the rule being evaluated reports the timeout as a finding of its own (see <c>CompiledRule</c>).
    /// </summary>
    private static T TimedOut<T>(EvalContext context, RegexMatchTimeoutException e, T noResult)
    {
        context.RegexTimeouts.Add(e.Pattern);
        return noResult;
    }
}
