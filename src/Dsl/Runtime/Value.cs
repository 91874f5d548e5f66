using System.Collections.Immutable;
using System.Globalization;
using GovInfo.Report.Text;

namespace GovInfo.Dsl.Runtime;

/// <summary>A runtime value; <see cref="Origins"/> are the source spans it came from, so a failing assertion can locate itself.</summary>
public abstract class Value
{
    // A value of one span (most report parts and cells) keeps the span and makes its one-element list only
    // when origins are read, which while only testing a node they seldom are.
    private ImmutableArray<TextSpan> _origins;
    private readonly TextSpan _location;

    protected Value(ImmutableArray<TextSpan> origins) => _origins = origins.IsDefault ? [] : origins;

    /// <summary>A value located at one span, or nowhere when <paramref name="location"/> is null.</summary>
    protected Value(TextSpan? location)
    {
        if (location is { } l) _location = l;
        else _origins = [];
    }

    /// <summary>A value with the same origins as <paramref name="originsOf"/>, without making its list.</summary>
    protected Value(Value originsOf)
    {
        _origins = originsOf._origins;
        _location = originsOf._location;
    }

    public ImmutableArray<TextSpan> Origins => _origins.IsDefault ? _origins = [_location] : _origins;

    public static readonly NullValue Null = new([]);

    public static ImmutableArray<TextSpan> Merge(Value a, Value b)
    {
        var (x, y) = (a.Origins, b.Origins);
        if (x.IsEmpty || x == y) return y;
        if (y.IsEmpty) return x;
        bool allKnown = true;
        foreach (var span in y)
            if (!x.Contains(span)) { allKnown = false; break; }
        if (allKnown) return x;
        var builder = ImmutableArray.CreateBuilder<TextSpan>(x.Length + y.Length);
        builder.AddRange(x);
        foreach (var span in y)
            if (!x.Contains(span)) builder.Add(span);
        return builder.Count == builder.Capacity ? builder.MoveToImmutable() : builder.ToImmutable();
    }

    /// <summary>How the value reads inside a message.</summary>
    public abstract string Display();
}

/// <summary>No value: a missing cell, a placeholder such as <c>/</c>, no match. Comparisons with it are unknown, never false.</summary>
public sealed class NullValue : Value
{
    public NullValue(ImmutableArray<TextSpan> origins) : base(origins) { }

    /// <summary>No value, located at one span.</summary>
    public NullValue(TextSpan location) : base(location) { }

    public override string Display() => "（无）";
}

/// <summary>A decimal number.</summary>
public sealed class NumberValue : Value
{
    public NumberValue(decimal number, ImmutableArray<TextSpan> origins) : base(origins) => Number = number;

    // Made when first used (no work at start-up); two threads making the same one at once make equal values, either is kept.
    private static readonly NumberValue?[] SmallCounts = new NumberValue?[1024];

    /// <summary>A count, located nowhere; small ones (below 1,024: a table's counts, their sums) are shared (values are immutable).</summary>
    public static NumberValue Count(int count)
        => (uint)count < (uint)SmallCounts.Length ? SmallCounts[count] ??= new NumberValue(count, []) : new NumberValue(count, []);

    /// <summary>A number located nowhere; a small whole one is a shared <see cref="Count"/>.</summary>
    public static NumberValue Unlocated(decimal number)
        => number >= 0 && number < SmallCounts.Length && number.Scale == 0 ? Count((int)number) : new NumberValue(number, []);

    /// <summary>A number with the origins of <paramref name="originsOf"/>.</summary>
    public NumberValue(decimal number, Value originsOf) : base(originsOf) => Number = number;

    /// <summary>A number located at one span.</summary>
    public NumberValue(decimal number, TextSpan location) : base(location) => Number = number;

    public decimal Number { get; }
    public override string Display() => Number.ToString("0.############", CultureInfo.InvariantCulture);
}

/// <summary>Text; when it is a contiguous slice of the report, <see cref="SourceStart"/> says where, so matches inside it have spans.</summary>
public sealed class TextValue : Value
{
    private string? _text;
    private readonly string _whole;
    private readonly int _offset;
    private readonly int _length;

    public TextValue(string text, int? sourceStart, ImmutableArray<TextSpan> origins) : this(text, 0, text.Length, sourceStart, origins) => _text = text;

    private TextValue(string whole, int offset, int length, int? sourceStart, ImmutableArray<TextSpan> origins) : base(origins)
    {
        _whole = whole;
        _offset = offset;
        _length = length;
        SourceStart = sourceStart;
    }

    /// <summary>A stretch of the report located where it lies (its origin is its own span).</summary>
    private TextValue(string whole, int offset, int length, int sourceStart) : base(new TextSpan(sourceStart, length))
    {
        _whole = whole;
        _offset = offset;
        _length = length;
        SourceStart = sourceStart;
    }

    /// <summary>The text, cut out of the larger string it lies in only when first read.</summary>
    public string Text => _text ??= _whole.Substring(_offset, _length);

    /// <summary>The text without making a string of it.</summary>
    public ReadOnlySpan<char> Span => _text ?? _whole.AsSpan(_offset, _length);

    public int? SourceStart { get; }

    public static TextValue FromSource(string text, int start) => new(text, 0, text.Length, start) { _text = text };

    /// <summary>The part at <paramref name="index"/> (a match or group), located in the report when this text is; its string is made only if read.</summary>
    public TextValue Part(int index, int length) => SourceStart is { } start
        ? new(_whole, _offset + index, length, start + index)
        : new(_whole, _offset + index, length, null, Origins);

    /// <summary>A stretch of the report's text, located at <paramref name="span"/>; the string is made only if a rule reads it.</summary>
    public static TextValue Slice(string source, TextSpan span) => new(source, span.Start, span.Length, span.Start);

    public override string Display() => Text;
}

/// <summary>True or false.</summary>
public sealed class BoolValue(bool value, ImmutableArray<TextSpan> origins) : Value(origins)
{
    public static readonly BoolValue True = new(true, []), False = new(false, []);

    public bool Value { get; } = value;
    public override string Display() => Value ? "是" : "否";
}

/// <summary>A list of values.</summary>
public sealed class ListValue(IReadOnlyList<Value> items) : Value([])
{
    private Value[]? _copy;

    public IReadOnlyList<Value> Items { get; } = items;

    /// <summary>The items as a span, for loops that would otherwise call the list's interface for every item (a list of other kind is copied once).</summary>
    public ReadOnlySpan<Value> AsSpan() => Items switch
    {
        Value[] array => array,
        List<Value> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
        _ => _copy ??= [.. Items],
    };
    public override string Display() => string.Join("、", Items.Select(i => i.Display()));
}

/// <summary>A regular expression (see <see cref="TieredRegex"/>).</summary>
public sealed class RegexValue(System.Text.RegularExpressions.Regex regex) : Value([])
{
    private readonly TieredRegex _regex = new(regex);

    // What the regex says of each single character, learnt on first use: 0 not yet asked, 1 no, 2 yes. One byte per
    // character, so threads filling it at once write whole bytes of the same answer and never undo each other.
    private byte[]? _characters;

    // A text every match contains (RequiredLiteral), searched for before the regex runs: most texts lack it.
    private readonly string? _required = RequiredLiteral.Of(regex.ToString(), regex.Options);

    public System.Text.RegularExpressions.Regex Regex => _regex.Current;

    /// <summary>False when <paramref name="text"/> cannot hold a match (it lacks a literal every match contains); true when it may.</summary>
    public bool MayMatch(ReadOnlySpan<char> text) => _required is null || text.Contains(_required, StringComparison.Ordinal);

    /// <summary>Whether the regex matches the single character <paramref name="c"/> (used as a character class); each character is asked once.</summary>
    public bool MatchesCharacter(char c)
    {
        var known = _characters ??= new byte[char.MaxValue + 1];
        byte answer = known[c];
        if (answer == 0) known[c] = answer = regex.IsMatch(new ReadOnlySpan<char>(in c)) ? (byte)2 : (byte)1;
        return answer == 2;
    }
    public override string Display() => $"/{_regex}/";
}

/// <summary>A part of the report (section, table, row, cell, sentence…) located at its span.</summary>
public sealed class NodeValue : Value
{
    private readonly string _display;

    public NodeValue(object node, TextSpan? location, string display) : base(location)
    {
        Node = node;
        _display = display;
    }

    public object Node { get; }
    public T As<T>() => (T)Node;
    public override string Display() => _display;
}
