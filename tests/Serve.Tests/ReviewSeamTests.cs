using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Text.Json;
using GovInfo.Dsl;
using GovInfo.Linter;
using GovInfo.Linter.Engine;
using GovInfo.Report;
using GovInfo.Report.Formats.Docx;
using GovInfo.Report.Formats.Html;
using GovInfo.Report.Formats.Markdown;
using GovInfo.Report.Formats.Pdf;
using GovInfo.Report.Formats.Text;
using GovInfo.Report.Reading;
using GovInfo.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace GovInfo.Serve.Tests;

/// <summary>The seam for the reviewed copy (issue 14): without a writer the page is told there is none; with one, /api/review serves what it writes for the linted upload.</summary>
public class ReviewSeamTests
{
    [Fact]
    public async Task A_reviewed_copy_is_offered_only_when_a_writer_is_given_and_gets_the_linted_upload()
    {
        using var services = new ServiceCollection().AddGovlintReport().AddPlainTextFormat().AddMarkdownFormat().AddDocxFormat()
            .AddHtmlFormat().AddPdfFormat().AddGovlintDsl().AddGovlintLinter().BuildServiceProvider();
        GovlintServer Server(ReviewedCopyWriter? review) => new(services.GetRequiredService<LintRunner>(), services.GetRequiredService<DocumentReader>(),
            services.GetRequiredService<ReportLoader>(), TestPaths.RepositoryRoot) { Review = review };
        byte[] report = File.ReadAllBytes(TestPaths.AllFixtures.First());

        await using (var without = await Server(null).StartAsync(IPAddress.Loopback, 0, default))
        {
            using var http = new HttpClient { BaseAddress = new Uri(GovlintServer.Address(without)) };
            using var lint = JsonDocument.Parse(await (await http.PostAsync("api/lint?name=a.txt", new ByteArrayContent(report))).Content.ReadAsStringAsync());
            Assert.False(lint.RootElement.GetProperty("review").GetBoolean());
            Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync("api/review?name=a.txt", new ByteArrayContent(report))).StatusCode);
        }

        ReviewedCopyWriter writer = (UploadedReport upload, [NotNullWhen(true)] out byte[]? docx, [NotNullWhen(false)] out string? error) =>
        {
            docx = System.Text.Encoding.UTF8.GetBytes($"审阅稿：{upload.Result.Diagnostics.Count} 条");
            error = null;
            return true;
        };
        await using var with = await Server(writer).StartAsync(IPAddress.Loopback, 0, default);
        using var client = new HttpClient { BaseAddress = new Uri(GovlintServer.Address(with)) };
        using var result = JsonDocument.Parse(await (await client.PostAsync("api/lint?name=a.txt", new ByteArrayContent(report))).Content.ReadAsStringAsync());
        Assert.True(result.RootElement.GetProperty("review").GetBoolean());
        using var reviewed = await client.PostAsync("api/review?name=草稿.txt", new ByteArrayContent(report));
        Assert.Equal(HttpStatusCode.OK, reviewed.StatusCode);
        Assert.Equal($"审阅稿：{result.RootElement.GetProperty("findings").GetArrayLength()} 条", await reviewed.Content.ReadAsStringAsync());
        Assert.Equal("草稿（审阅稿）.docx", reviewed.Content.Headers.ContentDisposition?.FileNameStar);
    }
}
