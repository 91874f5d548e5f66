using GovInfo.Dsl.Syntax;

namespace GovInfo.Dsl.Tests;

public class ExpressionCacheTests
{
    // Every node kind, positions off zero, a member call and a property, a lambda, a for clause.
    private static readonly string[] Texts =
    [
        "applications[\"本年新收\", \"自然人\"] + 12.35 * -x >= 3 and not done",
        "sections.where(s => s.title matches /一、.*?(\\d+)\\s*件/im).count() == 0 or flag == null",
        "[1, 2.5, \"甲\", true, false, null].contains(table.rows[0].label)",
        "sum(rows.map(r => r[\"总计\"])) != 0",
    ];

    private static byte[] Bytes(Expr expr)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream)) AstCodec.Write(writer, expr);
        return stream.ToArray();
    }

    private static ExpressionCache Reloaded(ExpressionCache cache)
    {
        using var stream = new MemoryStream();
        cache.Save(stream);
        stream.Position = 0;
        return ExpressionCache.Load(stream);
    }

    [Fact]
    public void A_saved_table_gives_back_the_trees_the_grammar_makes_without_parsing_again()
    {
        var first = new ExpressionCache();
        foreach (var text in Texts) Assert.NotNull(first.Parse(text, out _));
        Assert.NotNull(first.ParseFor("c in applications.columns", out _));

        var loaded = Reloaded(first);

        Assert.Equal(Texts.Length + 1, loaded.Count);
        foreach (var text in Texts)
            Assert.Equal(Bytes(ExpressionParser.Parse(text, out _)!), Bytes(loaded.Parse(text, out _)!));
        var clause = loaded.ParseFor("c in applications.columns", out _)!;
        Assert.Equal(("c", 0), (clause.Variable, clause.VariableStart));
        Assert.Equal(Bytes(ExpressionParser.Parse(ExpressionGrammar.ForClause, "c in applications.columns", out _)!.Collection), Bytes(clause.Collection));
        Assert.Equal(0, loaded.Misses);
    }

    [Fact]
    public void Decoded_trees_keep_every_position()
    {
        var cache = new ExpressionCache();
        cache.Parse(Texts[0], out _);
        var tree = Assert.IsType<BinaryExpr>(Reloaded(cache).Parse(Texts[0], out _));
        var fresh = Assert.IsType<BinaryExpr>(ExpressionParser.Parse(Texts[0], out _));
        Assert.Equal((fresh.Start, fresh.Length, fresh.Operator.Start), (tree.Start, tree.Length, tree.Operator.Start));
        Assert.Equal(fresh.Left.End, tree.Left.End);
    }

    [Fact]
    public void A_text_is_parsed_once_and_a_bad_one_reports_its_error_every_time()
    {
        var cache = new ExpressionCache();
        cache.Parse("1 + 2", out _);
        cache.Parse("1 + 2", out _);
        Assert.Equal(1, cache.Misses);

        Assert.Null(cache.Parse("1 +", out var first));
        Assert.Null(cache.Parse("1 +", out var second));
        Assert.Equal(first, second);
        Assert.NotNull(first);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 })]
    public void An_unreadable_table_gives_an_empty_cache(byte[] bytes)
    {
        var cache = ExpressionCache.Load(new MemoryStream(bytes));
        Assert.Equal(0, cache.Count);
        Assert.NotNull(cache.Parse("1 + 2", out _));
    }

    [Fact]
    public void A_truncated_or_damaged_table_gives_an_empty_cache()
    {
        var cache = new ExpressionCache();
        foreach (var text in Texts) cache.Parse(text, out _);
        using var stream = new MemoryStream();
        cache.Save(stream);
        byte[] saved = stream.ToArray();

        for (int cut = 1; cut < saved.Length; cut += 7)
            Assert.Equal(0, ExpressionCache.Load(new MemoryStream(saved[..cut])).Count);
        var random = new Random(7);
        for (int i = 0; i < 500; i++)
        {
            byte[] damaged = (byte[])saved.Clone();
            damaged[random.Next(30, damaged.Length)] = (byte)random.Next(256);
            ExpressionCache.Load(new MemoryStream(damaged)); // never throws
        }
    }
}
