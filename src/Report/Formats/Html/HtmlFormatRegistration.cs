using GovInfo.Report.Reading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovInfo.Report.Formats.Html;

/// <summary>Registers the format for web pages (.html, via AngleSharp) with the readers govlint picks from.</summary>
public static class HtmlFormatRegistration
{
    public static IServiceCollection AddHtmlFormat(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceFormat, HtmlFormat>(provider => new HtmlFormat(headings: provider.GetService<HeadingVocabulary>())));
        return services;
    }
}
