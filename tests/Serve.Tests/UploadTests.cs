using System.Net;
using System.Text.Json;
using GovInfo.Tests;

namespace GovInfo.Serve.Tests;

/// <summary>The upload endpoints over HTTP: the findings the CLI reports, its messages for bad input, the size limit, names that are never paths.</summary>
public class UploadTests : IClassFixture<UploadTests.Server>
{
    /// <summary>One server for the class.</summary>
    public sealed class Server : IDisposable
    {
        public ServeProcess Process { get; } = new();
        public HttpClient Http { get; }
        public Server() => Http = new HttpClient { BaseAddress = Process.Url };
        public void Dispose()
        {
            Http.Dispose();
            Process.Dispose();
        }
    }

    private readonly Server _server;

    public UploadTests(Server server) => _server = server;

    [Fact]
    public async Task A_fixture_gets_the_findings_the_cli_reports_with_offsets_into_the_text_as_read()
    {
        string path = TestPaths.AllFixtures.First();
        using var json = await Lint(File.ReadAllBytes(path), "草稿.txt", HttpStatusCode.OK);
        var root = json.RootElement;
        var cli = CliFindings.Of(path);
        var findings = root.GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("ruleId").GetString()!, f.GetProperty("line").GetInt32(), f.GetProperty("column").GetInt32())).ToList();
        Assert.Equal(cli.Select(f => (f.Id, f.Line, f.Column)), findings);
        string text = root.GetProperty("text").GetString()!;
        var marks = root.GetProperty("marks").EnumerateArray().ToList();
        Assert.Equal(findings.Count, marks.Count);
        foreach (var (mark, finding) in marks.Zip(root.GetProperty("findings").EnumerateArray()))
            Assert.Equal(finding.GetProperty("text").GetString(), text[mark.GetProperty("start").GetInt32()..mark.GetProperty("end").GetInt32()]);
        Assert.Equal(cli.Any(f => f.Severity == "error"), root.GetProperty("verdict").GetString() == "fail");
        Assert.Equal("草稿.txt", root.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Several_uploads_at_once_each_get_their_own_result()
    {
        var files = TestPaths.AllFixtures.Select(File.ReadAllBytes).ToList();
        var alone = new List<string>();
        foreach (var bytes in files) alone.Add(await LintText(bytes));
        var together = await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => files).Select(LintText));
        Assert.Equal(Enumerable.Range(0, 3).SelectMany(_ => alone), together);
        Assert.Equal(files.Count, alone.Distinct().Count());
    }

    private async Task<string> LintText(byte[] bytes)
    {
        using var json = await Lint(bytes, "并发.txt", HttpStatusCode.OK);
        return json.RootElement.GetProperty("findings").GetRawText();
    }

    [Fact]
    public async Task A_binary_upload_gets_the_cli_message()
    {
        var bytes = new byte[4000];
        new Random(15).NextBytes(bytes);
        using var temp = new TempDirectory();
        string path = temp.File("binary.txt", bytes);
        using var json = await Lint(bytes, "binary.txt", HttpStatusCode.BadRequest);
        Assert.Equal(CliFindings.Error(path), json.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_refused_with_the_limit_named()
    {
        using var json = await Lint(new byte[UploadLimit.MaxBytes + 1], "big.txt", HttpStatusCode.RequestEntityTooLarge);
        string message = json.RootElement.GetProperty("error").GetString()!;
        Assert.Contains("文件过大", message);
        Assert.Contains($"{UploadLimit.MaxBytes + 1:N0}", message);
        Assert.Contains($"{UploadLimit.MaxBytes:N0}", message);
    }

    [Fact]
    public async Task An_uploaded_name_is_never_a_path()
    {
        string path = TestPaths.AllFixtures.First();
        using var json = await Lint(File.ReadAllBytes(path), "../../outside/草稿.txt", HttpStatusCode.OK);
        Assert.Equal("草稿.txt", json.RootElement.GetProperty("name").GetString());
        Assert.All(json.RootElement.GetProperty("findings").EnumerateArray(), f => Assert.Equal("上传的报告.txt", f.GetProperty("file").GetString()));
        Assert.Equal("上传的报告.docx", UploadName.ForReader(@"C:\x\..\a.DOCX", [".docx", ".txt"]));
        Assert.Equal("上传的报告", UploadName.ForReader("/etc/passwd", [".docx", ".txt"]));
        Assert.Equal("报告", UploadName.ForDownload("../"));
    }

    [Fact]
    public async Task A_chosen_fix_comes_back_in_the_uploaded_encoding_and_line_endings_and_nothing_else_changes()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var gb18030 = System.Text.Encoding.GetEncoding("GB18030");
        string text = File.ReadAllText(TestPaths.AllFixtures.First()).ReplaceLineEndings("\r\n");
        byte[] bytes = gb18030.GetBytes(text);
        using var json = await Lint(bytes, "gbk.txt", HttpStatusCode.OK);
        var root = json.RootElement;
        var marks = root.GetProperty("marks").EnumerateArray().ToList();
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        var fixable = Enumerable.Range(0, marks.Count).Where(i => marks[i].TryGetProperty("fixKey", out _)).ToList();
        Assert.True(fixable.Count >= 2, "the fixture needs two fixable findings");
        // The second of them only: the first stays as it was.
        int chosen = fixable[1];
        var span = marks[chosen].GetProperty("fixSpan");
        int start = span[0].GetInt32(), end = span[1].GetInt32();
        string replacement = findings[chosen].GetProperty("fix").GetProperty("replacement").GetString()!;

        using var response = await _server.Http.PostAsync($"api/fix?name=gbk.txt&fixes={Uri.EscapeDataString(marks[chosen].GetProperty("fixKey").GetString()!)}", new ByteArrayContent(bytes));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1", response.Headers.GetValues("X-Govlint-Applied").Single());
        Assert.Equal(gb18030.GetBytes(text[..start] + replacement + text[end..]), await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("evil.example", null)]
    [InlineData(null, "http://evil.example")]
    public async Task A_request_from_another_site_or_host_name_is_refused_and_the_page_own_is_not(string? host, string? origin)
    {
        byte[] bytes = File.ReadAllBytes(TestPaths.AllFixtures.First());
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/lint?name=a.txt") { Content = new ByteArrayContent(bytes) };
        if (host is not null) request.Headers.Host = host;
        if (origin is not null) request.Headers.Add("Origin", origin);
        using var response = await _server.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("只接受", await response.Content.ReadAsStringAsync());

        using var own = new HttpRequestMessage(HttpMethod.Post, "api/lint?name=a.txt") { Content = new ByteArrayContent(bytes) };
        own.Headers.Add("Origin", _server.Process.Url.GetLeftPart(UriPartial.Authority));
        using var accepted = await _server.Http.SendAsync(own);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    private async Task<JsonDocument> Lint(byte[] bytes, string name, HttpStatusCode expected)
    {
        // Expect: 100-continue, as a client should for a large body: a refused one is then not sent at all.
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/lint?name=" + Uri.EscapeDataString(name)) { Content = new ByteArrayContent(bytes) };
        request.Headers.ExpectContinue = true;
        using var response = await _server.Http.SendAsync(request);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{response.StatusCode}: {body[..Math.Min(400, body.Length)]}");
        return JsonDocument.Parse(body);
    }
}
