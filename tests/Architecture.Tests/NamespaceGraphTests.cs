using GovInfo.Tests;

namespace GovInfo.Architecture.Tests;

/// <summary>The graph itself: what counts as a use, and that a cycle is found and spelled out.</summary>
public class NamespaceGraphTests
{
    [Fact]
    public void Bound_names_count_as_uses_unused_usings_do_not_and_a_cycle_is_spelled_out()
    {
        using var root = new TempDirectory();
        root.File("src/Sample/Sample.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        root.File("src/Sample/Codes.cs", """
            namespace Sample.Errors;
            public static class Codes { public const string Bad = "E1"; }
            """);
        root.File("src/Sample/Top.cs", """
            namespace Sample;
            public static class Top { public static int Twice(this int n) => n * 2; }
            """);
        root.File("src/Sample/Parser.cs", """
            using Sample.Errors;
            using Sample.Unused;
            namespace Sample.Syntax;
            public static class Parser { public static string Code => Codes.Bad; public static int Size => 2.Twice(); }
            """);
        root.File("src/Sample/Unused.cs", """
            using Sample.Syntax;
            namespace Sample.Unused;
            public static class Nothing { }
            """);
        root.File("src/Sample/Back.cs", """
            namespace Sample.Errors;
            public static class Back { public static string Name => nameof(Sample.Syntax.Parser); }
            """);

        var graph = NamespaceGraph.ForAllSourceProjects(root.Path).Single();

        Assert.Equal(
            [("Sample.Errors", "Sample.Syntax"), ("Sample.Syntax", "Sample"), ("Sample.Syntax", "Sample.Errors")],
            graph.InternalEdges.ToList());
        var cycle = Assert.Single(graph.Cycles());
        Assert.Equal(["Sample.Errors", "Sample.Syntax", "Sample.Errors"], cycle);
        Assert.Equal("src/Sample/Back.cs:2 Sample.Syntax.Parser", graph.Uses["Sample.Errors"]["Sample.Syntax"][0].ToString());
    }
}
