using GovInfo.Report.Binding;
using GovInfo.Report.Reading;
using GovInfo.Report.Reading.Docx;
using GovInfo.Report.Reading.Html;
using GovInfo.Report.Template;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovInfo.Report;

/// <summary>Registers the report stage: readers, source formats (.docx), the template, the binder and the loader.</summary>
public static class ReportServiceCollectionExtensions
{
    /// <param name="services">The collection to add to.</param>
    /// <param name="templatePath">A template YAML file; the shipped <c>rules/template/gov-2021.yaml</c> when null.</param>
    public static IServiceCollection AddGovlintReport(this IServiceCollection services, string? templatePath = null)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportReader, PlainTextReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportReader, MarkdownReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceFormat, DocxFormat>());
        services.TryAddSingleton<ReportReaderSelector>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceFormat, HtmlFormat>(_ => new HtmlFormat()));
        services.TryAddSingleton<SourceOpener>();
        services.TryAddSingleton(_ => templatePath is null ? TemplateLoader.LoadDefault() : TemplateLoader.Load(templatePath));
        services.TryAddSingleton<TemplateBinder>();
        services.TryAddSingleton<ReportLoader>();
        return services;
    }
}
