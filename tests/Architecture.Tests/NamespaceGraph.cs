using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GovInfo.Architecture.Tests;

/// <summary>One use of a symbol from another namespace: where it is and what it names.</summary>
public sealed record NamespaceReference(string File, int Line, string Symbol)
{
    public override string ToString() => $"{File}:{Line} {Symbol}";
}

/// <summary>
/// The namespaces of one src project and what each of them uses, found by compiling the project's sources with
/// Roslyn and binding every name in them (so constants, nameof, extension methods and names found through an
/// enclosing namespace count, and a using directive that nothing needs does not).
/// </summary>
public sealed class NamespaceGraph
{
    /// <summary>The SDK's implicit global usings (ImplicitUsings is on for every project).</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    /// <summary>
    /// Errors expected from compiling without the source generators: a [GeneratedRegex] partial method or property
    /// has no implementation part. Any other error means the graph could be wrong, so it fails the test.
    /// </summary>
    private static readonly HashSet<string> GeneratorGaps = ["CS8795", "CS9248"];

    public string Project { get; }
    public string AssemblyName { get; }

    /// <summary>The namespaces this project declares.</summary>
    public IReadOnlySet<string> Namespaces { get; }

    /// <summary>For each declared namespace, every other namespace it uses (any assembly) with the places it does.</summary>
    public IReadOnlyDictionary<string, SortedDictionary<string, List<NamespaceReference>>> Uses { get; }

    private NamespaceGraph(string project, string assemblyName, IReadOnlySet<string> namespaces,
        IReadOnlyDictionary<string, SortedDictionary<string, List<NamespaceReference>>> uses)
    {
        Project = project;
        AssemblyName = assemblyName;
        Namespaces = namespaces;
        Uses = uses;
    }

    /// <summary>The edges inside the project: namespace → namespaces of the same project it uses.</summary>
    public IEnumerable<(string From, string To)> InternalEdges =>
        from source in Uses.Keys.Order(StringComparer.Ordinal)
        from target in Uses[source].Keys
        where Namespaces.Contains(target)
        select (source, target);

    /// <summary>Every src project (a folder with a .csproj under src/), compiled and bound.</summary>
    public static IReadOnlyList<NamespaceGraph> ForAllSourceProjects(string repositoryRoot)
    {
        var references = MetadataReferences();
        return Directory.GetFiles(Path.Combine(repositoryRoot, "src"), "*.csproj", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(csproj => Build(repositoryRoot, csproj, references))
            .ToList();
    }

    private static NamespaceGraph Build(string root, string csproj, IReadOnlyDictionary<string, string> references)
    {
        string dir = Path.GetDirectoryName(csproj)!;
        string project = Path.GetRelativePath(root, dir).Replace('\\', '/');
        var properties = XDocument.Load(csproj);
        string assemblyName = properties.Descendants("AssemblyName").FirstOrDefault()?.Value ?? Path.GetFileNameWithoutExtension(csproj);
        var kind = properties.Descendants("OutputType").FirstOrDefault()?.Value == "Exe"
            ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;

        var options = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = Directory.GetFiles(dir, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(Path.GetRelativePath(dir, f)))
            .Order(StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), options, Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, options, "ImplicitUsings.g.cs"))
            .ToList();
        var compilation = CSharpCompilation.Create(assemblyName, trees,
            references.Where(r => !string.Equals(r.Key, assemblyName, StringComparison.OrdinalIgnoreCase))
                .Select(r => MetadataReference.CreateFromFile(r.Value)),
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));

        var namespaces = new HashSet<string>(StringComparer.Ordinal);
        var uses = new Dictionary<string, SortedDictionary<string, List<NamespaceReference>>>(StringComparer.Ordinal);
        var errors = new List<Diagnostic>();
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            var rootNode = tree.GetRoot();
            foreach (var declaration in rootNode.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>())
                namespaces.Add(DeclaredNamespace(declaration));
            foreach (var node in rootNode.DescendantNodes())
            {
                if (node is not (SimpleNameSyntax or ImplicitObjectCreationExpressionSyntax)) continue;
                if (node.Ancestors().Any(a => a is UsingDirectiveSyntax
                        || (a is BaseNamespaceDeclarationSyntax declared && declared.Name.Span.Contains(node.Span))))
                    continue;
                string? from = node.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault() is { } ns ? DeclaredNamespace(ns) : null;
                if (from is null) continue;
                var info = model.GetSymbolInfo(node);
                var symbols = info.Symbol is { } s ? [s] : info.CandidateSymbols;
                foreach (var symbol in symbols)
                {
                    if (NamespaceOf(symbol) is not { } to || to == from) continue;
                    if (!uses.TryGetValue(from, out var targets)) uses[from] = targets = new(StringComparer.Ordinal);
                    if (!targets.TryGetValue(to, out var places)) targets[to] = places = [];
                    places.Add(new(tree.FilePath, node.GetLocation().GetLineSpan().StartLinePosition.Line + 1, symbol.ToDisplayString()));
                }
            }
            // After the walk, so the model's bound bodies are reused.
            errors.AddRange(model.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && !GeneratorGaps.Contains(d.Id)));
        }
        if (errors.Count > 0)
            throw new InvalidOperationException($"{project} does not compile for the analysis:\n" + string.Join("\n", errors.Take(10)));
        return new NamespaceGraph(project, assemblyName, namespaces, uses);
    }

    private static bool IsBuildOutput(string relative)
    {
        string first = relative.Replace('\\', '/').Split('/')[0];
        return first is "bin" or "obj";
    }

    private static string DeclaredNamespace(BaseNamespaceDeclarationSyntax declaration) =>
        string.Join(".", declaration.AncestorsAndSelf().OfType<BaseNamespaceDeclarationSyntax>().Reverse().Select(d => d.Name.ToString()));

    /// <summary>The namespace a used symbol belongs to: a type's own, a member's type's; none for locals, parameters and namespaces.</summary>
    private static string? NamespaceOf(ISymbol symbol)
    {
        INamedTypeSymbol? type = symbol switch
        {
            IAliasSymbol alias => alias.Target as INamedTypeSymbol,
            IArrayTypeSymbol array => array.ElementType as INamedTypeSymbol,
            INamedTypeSymbol named => named,
            IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction } => null,
            IMethodSymbol method => (method.ReducedFrom ?? method).ContainingType,
            IPropertySymbol or IFieldSymbol or IEventSymbol => symbol.ContainingType,
            _ => null,
        };
        if (type is null || type.TypeKind == TypeKind.Error || type.IsTupleType || type.IsAnonymousType) return null;
        var ns = type.ContainingNamespace;
        return ns is null || ns.IsGlobalNamespace ? null : ns.ToDisplayString();
    }

    /// <summary>
    /// What the sources compile against: the runtime's assemblies and every assembly beside the test binary
    /// (the src assemblies and their packages, copied there by the project reference), keyed by simple name.
    /// </summary>
    private static Dictionary<string, string> MetadataReferences()
    {
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string path in ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator))
            byName[Path.GetFileNameWithoutExtension(path)] = path;
        foreach (string path in Directory.GetFiles(AppContext.BaseDirectory, "*.dll"))
            byName[Path.GetFileNameWithoutExtension(path)] = path;
        byName.Remove(typeof(NamespaceGraph).Assembly.GetName().Name!);
        return byName;
    }

    /// <summary>
    /// The cycles among the project's namespaces: one per strongly connected component of more than one namespace,
    /// as a closed path (first namespace repeated at the end).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var edges = InternalEdges.ToLookup(e => e.From, e => e.To);
        var components = StronglyConnectedComponents(Namespaces.Order(StringComparer.Ordinal).ToList(), n => edges[n]);
        var cycles = new List<IReadOnlyList<string>>();
        foreach (var component in components.Where(c => c.Count > 1))
        {
            var members = component.ToHashSet();
            string start = component.Min(StringComparer.Ordinal)!;
            cycles.Add(PathBack(start, n => edges[n].Where(members.Contains)));
        }
        return cycles;
    }

    /// <summary>A shortest path from start back to itself (breadth first), inside one component.</summary>
    private static List<string> PathBack(string start, Func<string, IEnumerable<string>> next)
    {
        var previous = new Dictionary<string, string>();
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            string node = queue.Dequeue();
            foreach (string to in next(node).Order(StringComparer.Ordinal))
            {
                if (to == start)
                {
                    var path = new List<string> { start };
                    for (string at = node; at != start; at = previous[at]) path.Add(at);
                    path.Add(start);
                    path.Reverse();
                    return path;
                }
                if (previous.TryAdd(to, node)) queue.Enqueue(to);
            }
        }
        throw new InvalidOperationException($"{start} is in a component but on no cycle.");
    }

    private static List<List<string>> StronglyConnectedComponents(IReadOnlyList<string> nodes, Func<string, IEnumerable<string>> next)
    {
        // Tarjan's algorithm; the graphs are a few dozen nodes, so recursion depth is no concern.
        int index = 0;
        var indices = new Dictionary<string, int>();
        var lowLinks = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var result = new List<List<string>>();

        void Visit(string node)
        {
            indices[node] = lowLinks[node] = index++;
            stack.Push(node);
            onStack.Add(node);
            foreach (string to in next(node))
            {
                if (!indices.ContainsKey(to))
                {
                    Visit(to);
                    lowLinks[node] = Math.Min(lowLinks[node], lowLinks[to]);
                }
                else if (onStack.Contains(to)) lowLinks[node] = Math.Min(lowLinks[node], indices[to]);
            }
            if (lowLinks[node] != indices[node]) return;
            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            } while (member != node);
            result.Add(component);
        }

        foreach (string node in nodes)
            if (!indices.ContainsKey(node)) Visit(node);
        return result;
    }
}
