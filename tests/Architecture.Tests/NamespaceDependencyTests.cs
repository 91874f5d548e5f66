using GovInfo.Tests;
using Xunit.Abstractions;

namespace GovInfo.Architecture.Tests;

/// <summary>Dependencies point one way: no namespace cycle in any src assembly, and the directions that matter hold.</summary>
public class NamespaceDependencyTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<NamespaceGraph>> Graphs = new(() => NamespaceGraph.ForAllSourceProjects(TestPaths.RepositoryRoot));

    private static readonly string[] FormatLibraries = ["Markdig", "AngleSharp", "DocumentFormat.OpenXml", "UglyToad.PdfPig"];

    [Fact]
    public void No_src_assembly_has_a_namespace_cycle()
    {
        var problems = new List<string>();
        foreach (var graph in Graphs.Value)
        {
            output.WriteLine($"{graph.Project} ({graph.AssemblyName})");
            foreach (var group in graph.InternalEdges.GroupBy(e => e.From))
                output.WriteLine($"  {group.Key} -> {string.Join(", ", group.Select(e => e.To))}");
            foreach (var cycle in graph.Cycles())
            {
                var lines = new List<string> { $"{graph.Project}: {string.Join(" -> ", cycle)}" };
                for (int i = 0; i + 1 < cycle.Count; i++)
                    lines.Add($"  {cycle[i]} -> {cycle[i + 1]}: " + string.Join("; ", graph.Uses[cycle[i]][cycle[i + 1]].Take(3)));
                problems.Add(string.Join("\n", lines));
            }
        }
        Assert.True(problems.Count == 0, "Namespace cycles:\n" + string.Join("\n", problems));
    }

    [Theory]
    [InlineData("GovInfo.Report.Documents")]
    [InlineData("GovInfo.Report.Binding")]
    public void The_document_model_and_the_binder_use_no_format_library(string ns)
    {
        var uses = UsesOf(ns);
        Assert.NotEmpty(uses);
        var offending = uses.Where(u => FormatLibraries.Any(library => IsWithin(u.Key, library))).ToList();
        Assert.True(offending.Count == 0, $"{ns} uses " + Describe(offending));
    }

    // Formats are plug-ins: what the readers share, the model and the binder reach no format, directly or through
    // another namespace of the assembly, so a format is added or removed without touching them.
    [Theory]
    [InlineData("GovInfo.Report.Documents")]
    [InlineData("GovInfo.Report.Reading")]
    [InlineData("GovInfo.Report.Template")]
    [InlineData("GovInfo.Report.Binding")]
    public void The_model_the_readers_toolkit_and_the_binder_reach_no_format(string ns)
    {
        var graph = Graphs.Value.Single(g => g.Namespaces.Contains(ns));
        var reached = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>([ns]);
        while (pending.TryDequeue(out var current))
            foreach (var used in graph.Uses.GetValueOrDefault(current)?.Keys ?? Enumerable.Empty<string>())
                if (reached.Add(used) && graph.Namespaces.Contains(used)) pending.Enqueue(used);
        var formats = reached.Where(u => IsWithin(u, "GovInfo.Report.Formats") || FormatLibraries.Any(library => IsWithin(u, library))).ToList();
        Assert.True(formats.Count == 0, $"{ns} reaches {string.Join(", ", formats)} (through {string.Join(", ", reached)})");
    }

    [Fact]
    public void Only_the_pdf_format_uses_PdfPig()
    {
        var users = Graphs.Value.SelectMany(g => g.Uses)
            .Where(u => u.Value.Keys.Any(k => IsWithin(k, "UglyToad.PdfPig"))).Select(u => u.Key).Distinct().ToList();
        Assert.Equal(["GovInfo.Report.Formats.Pdf"], users);
    }

    [Fact]
    public void Govlint_parse_does_not_use_the_linter()
    {
        var uses = UsesOf("GovInfo.Cli.Parse");
        Assert.NotEmpty(uses);
        var offending = uses.Where(u => IsWithin(u.Key, "GovInfo.Linter")).ToList();
        Assert.True(offending.Count == 0, "GovInfo.Cli.Parse uses " + Describe(offending));
    }

    private static SortedDictionary<string, List<NamespaceReference>> UsesOf(string ns) =>
        Graphs.Value.Single(g => g.Namespaces.Contains(ns)).Uses.GetValueOrDefault(ns) ?? [];

    private static bool IsWithin(string ns, string root) => ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal);

    private static string Describe(IEnumerable<KeyValuePair<string, List<NamespaceReference>>> uses) =>
        string.Join("\n", uses.Select(u => $"{u.Key}: {string.Join("; ", u.Value.Take(5))}"));
}
