using System.Collections.Immutable;
using System.Globalization;
using GovInfo.Report.Text;

namespace GovInfo.Dsl.Runtime;

/// <summary>A runtime value; <see cref="Origins"/> are the source spans it came from, so a failing assertion can locate itself.</summary>
public abstract class Value(ImmutableArray<TextSpan> origins)
{
    public ImmutableArray<TextSpan> Origins { get; } = origins.IsDefault ? [] : origins;

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
public sealed class NullValue(ImmutableArray<TextSpan> origins) : Value(origins)
{
    public override string Display() => "（无）";
}

/// <summary>A decimal number.</summary>
public sealed class NumberValue(decimal number, ImmutableArray<TextSpan> origins) : Value(origins)
{
    public decimal Number { get; } = number;
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

    /// <summary>The text, cut out of the larger string it lies in only when first read.</summary>
    public string Text => _text ??= _whole.Substring(_offset, _length);

    /// <summary>The text without making a string of it.</summary>
    public ReadOnlySpan<char> Span => _text ?? _whole.AsSpan(_offset, _length);

    public int? SourceStart { get; }

    public static TextValue FromSource(string text, int start) => new(text, start, [new TextSpan(start, text.Length)]);

    /// <summary>The part at <paramref name="index"/> (a match or group), located in the report when this text is; its string is made only if read.</summary>
    public TextValue Part(int index, int length) => SourceStart is { } start
        ? new(_whole, _offset + index, length, start + index, [new TextSpan(start + index, length)])
        : new(_whole, _offset + index, length, null, Origins);

    /// <summary>A stretch of the report's text, located at <paramref name="span"/>; the string is made only if a rule reads it.</summary>
    public static TextValue Slice(string source, TextSpan span) => new(source, span.Start, span.Length, span.Start, [span]);

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
    public IReadOnlyList<Value> Items { get; } = items;
    public override string Display() => string.Join("、", Items.Select(i => i.Display()));
}

/// <summary>A regular expression (see <see cref="TieredRegex"/>).</summary>
public sealed class RegexValue(System.Text.RegularExpressions.Regex regex) : Value([])
{
    private readonly TieredRegex _regex = new(regex);

    public System.Text.RegularExpressions.Regex Regex => _regex.Current;
    public override string Display() => $"/{_regex}/";
}

/// <summary>A part of the report (section, table, row, cell, sentence…) located at its span.</summary>
public sealed class NodeValue(object node, TextSpan? location, string display) : Value(location is { } l ? [l] : [])
{
    public object Node { get; } = node;
    public T As<T>() => (T)Node;
    public override string Display() => display;
}
