using System.Collections.Concurrent;
using System.Text;
using GovInfo.Dsl.Errors;
using Sprache;

namespace GovInfo.Dsl.Syntax;

/// <summary>
/// Parsed expressions by their exact text, so each text meets the Sprache grammar once: within a process, and across
/// processes through a table written at build time (<see cref="Save"/>, <see cref="Load"/>) for the default pack.
/// </summary>
/// <remarks>Keyed by text, a table can never give a rule the wrong tree; a text it lacks is simply parsed. Thread-safe.</remarks>
public sealed class ExpressionCache
{
    private const string Magic = "govlint-expressions";
    private const int FormatVersion = 1;

    private readonly ConcurrentDictionary<string, Expr> _expressions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ForClause> _forClauses = new(StringComparer.Ordinal);
    private int _misses;

    public int Count => _expressions.Count + _forClauses.Count;

    /// <summary>Texts that were not in the cache and were given to the grammar.</summary>
    public int Misses => _misses;

    /// <summary>A whole expression; see <see cref="ExpressionParser.Parse(string, out DslError?)"/>.</summary>
    public Expr? Parse(string text, out DslError? error) => Parse(_expressions, ExpressionGrammar.Complete, text, out error);

    /// <summary>A <c>for:</c> clause (<c>x in collection</c>).</summary>
    public ForClause? ParseFor(string text, out DslError? error) => Parse(_forClauses, ExpressionGrammar.ForClause, text, out error);

    private T? Parse<T>(ConcurrentDictionary<string, T> parsedTexts, Parser<T> grammar, string text, out DslError? error) where T : class
    {
        error = null;
        if (parsedTexts.TryGetValue(text, out var cached)) return cached;
        Interlocked.Increment(ref _misses);
        var parsed = ExpressionParser.Parse(grammar, text, out error);
        if (parsed is not null) parsedTexts.TryAdd(text, parsed);
        return parsed;
    }

    /// <summary>Writes every expression parsed so far, in text order (the same input gives the same bytes).</summary>
    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        var expressions = _expressions.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        writer.Write7BitEncodedInt(expressions.Count);
        foreach (var (text, expr) in expressions)
        {
            writer.Write(text);
            AstCodec.Write(writer, expr);
        }
        var clauses = _forClauses.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        writer.Write7BitEncodedInt(clauses.Count);
        foreach (var (text, clause) in clauses)
        {
            writer.Write(text);
            AstCodec.Write(writer, clause);
        }
    }

    /// <summary>A cache holding a saved table; an unreadable or foreign table gives an empty cache (everything is parsed).</summary>
    public static ExpressionCache Load(Stream? stream)
    {
        var cache = new ExpressionCache();
        if (stream is null) return cache;
        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion) return cache;
            for (int i = reader.Read7BitEncodedInt(); i > 0; i--) cache._expressions[reader.ReadString()] = AstCodec.Read(reader);
            for (int i = reader.Read7BitEncodedInt(); i > 0; i--) cache._forClauses[reader.ReadString()] = AstCodec.ReadForClause(reader);
            return cache;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or FormatException or OverflowException or ArgumentException)
        {
            return new ExpressionCache();
        }
    }
}
