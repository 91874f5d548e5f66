using GovInfo.Report.Reading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovInfo.Report.Formats.Markdown;

/// <summary>Registers the format for Markdown (.md, via Markdig) with the readers govlint picks from.</summary>
public static class MarkdownFormatRegistration
{
    public static IServiceCollection AddMarkdownFormat(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportReader, MarkdownReader>(provider => new MarkdownReader(provider.GetService<HeadingVocabulary>())));
        return services;
    }
}
