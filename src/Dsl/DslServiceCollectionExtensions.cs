using GovInfo.Dsl.Functions;
using GovInfo.Dsl.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovInfo.Dsl;

/// <summary>Registers the rule-language stage: the function registry (extend it by adding an <see cref="IFunctionPack"/>) and the rule loader.</summary>
public static class DslServiceCollectionExtensions
{
    public static IServiceCollection AddGovlintDsl(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFunctionPack, BuiltinFunctions>());
        services.TryAddSingleton<FunctionRegistry>();
        services.TryAddSingleton<RuleLoader>();
        return services;
    }
}
