using GovInfo.Report.Reading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovInfo.Report.Formats.Text;

/// <summary>Registers the format for plain text (.txt) with the readers govlint picks from.</summary>
public static class PlainTextFormatRegistration
{
    public static IServiceCollection AddPlainTextFormat(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportReader, PlainTextReader>(provider => new PlainTextReader(provider.GetService<HeadingVocabulary>())));
        return services;
    }
}
