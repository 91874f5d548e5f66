using GovInfo.Report.Reading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovInfo.Report.Formats.Docx;

/// <summary>Registers the format for Word documents (.docx, via DocumentFormat.OpenXml) with the readers govlint picks from.</summary>
public static class DocxFormatRegistration
{
    public static IServiceCollection AddDocxFormat(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceFormat, DocxFormat>(provider => new DocxFormat(provider.GetService<HeadingVocabulary>())));
        return services;
    }
}
