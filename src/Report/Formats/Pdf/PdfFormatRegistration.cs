using GovInfo.Report.Reading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovInfo.Report.Formats.Pdf;

/// <summary>Registers the format for PDF files (via PdfPig) with the readers govlint picks from.</summary>
public static class PdfFormatRegistration
{
    public static IServiceCollection AddPdfFormat(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceFormat, PdfFormat>(provider => new PdfFormat(provider.GetService<HeadingVocabulary>())));
        return services;
    }
}
