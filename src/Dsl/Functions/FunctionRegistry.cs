namespace GovInfo.Dsl.Functions;

/// <summary>A set of functions contributed to the language; register one with DI to add functions.</summary>
public interface IFunctionPack
{
    IEnumerable<DslFunction> Functions { get; }
}

/// <summary>All functions of the language by name; a name may have several overloads, tried in registration order.</summary>
public sealed class FunctionRegistry
{
    private readonly Dictionary<string, List<DslFunction>> _byName = new(StringComparer.Ordinal);

    public FunctionRegistry(IEnumerable<IFunctionPack> packs)
    {
        foreach (var function in packs.SelectMany(p => p.Functions))
        {
            if (!_byName.TryGetValue(function.Name, out var list)) _byName[function.Name] = list = [];
            list.Add(function);
        }
    }

    public static FunctionRegistry Builtin { get; } = new([new BuiltinFunctions()]);

    public IReadOnlyList<DslFunction> Lookup(string name) => _byName.TryGetValue(name, out var list) ? list : [];

    public IEnumerable<DslFunction> All => _byName.Values.SelectMany(l => l);
}
