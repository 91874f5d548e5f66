using GovInfo.Report.Binding;
using GovInfo.Report.Reading;
using GovInfo.Report.Template;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovInfo.Report;

/// <summary>
/// Registers the report stage without any format: the document reader (which uses every registered
/// format), the template, the binder and the loader. The composition root adds the formats, one call each
/// (<c>AddPlainTextFormat()</c>, <c>AddDocxFormat()</c>, …).
/// </summary>
public static class ReportServiceCollectionExtensions
{
    /// <param name="services">The collection to add to.</param>
    /// <param name="templatePath">A template YAML file; the shipped <c>rules/template/gov-2021.yaml</c> when null.</param>
    public static IServiceCollection AddGovlintReport(this IServiceCollection services, string? templatePath = null)
    {
        services.TryAddSingleton<DocumentReader>();
        services.TryAddSingleton(_ => templatePath is null ? TemplateLoader.LoadDefault() : TemplateLoader.Load(templatePath));
        services.TryAddSingleton(sp => sp.GetRequiredService<ReportTemplate>().Headings);
        services.TryAddSingleton<TemplateBinder>();
        services.TryAddSingleton<ReportLoader>();
        return services;
    }
}
