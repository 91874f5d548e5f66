using GovInfo.Linter.Engine;
using GovInfo.Linter.Formatters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovInfo.Linter;

/// <summary>Registers the linter stage: the runner and the output formatters (add an <see cref="IDiagnosticFormatter"/> for a new format).</summary>
public static class LinterServiceCollectionExtensions
{
    public static IServiceCollection AddGovlintLinter(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => DefaultRules.Expressions());
        services.TryAddSingleton<LintRunner>();
        services.TryAddSingleton<Fixes.FixRunner>();
        services.TryAddSingleton<Review.ReviewRunner>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDiagnosticFormatter, TextFormatter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDiagnosticFormatter, MsBuildFormatter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDiagnosticFormatter, JsonFormatter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDiagnosticFormatter, SarifFormatter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDiagnosticFormatter, GitHubFormatter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDiagnosticFormatter, CsvFormatter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDiagnosticFormatter, GitLabFormatter>());
        return services;
    }
}
