using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Resilience;

/// <summary>
/// The real MongoDB store pointed at a loopback port where nothing listens: the server must still start, answer
/// every TAXII request with 503 + Retry-After + a TAXII error (acknowledging nothing), and report not-ready.
/// </summary>
[TestFixture]
public sealed class StoreOutageTests
{
    private WebApplicationFactory<Program> _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartServerWithUnreachableMongo()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");
            // Port 9 (discard) on loopback: nothing listens there, so every connection attempt fails at once.
            web.UseSetting("Taxii:Storage:Provider", "MongoDb");
            web.UseSetting("Taxii:Storage:MongoDb:ConnectionString", "mongodb://127.0.0.1:9/?directConnection=true");
            web.UseSetting("Taxii:Storage:MongoDb:ServerSelectionTimeout", "00:00:00.200");
            web.UseSetting("Taxii:Storage:MongoDb:ConnectTimeout", "00:00:00.200");
            web.UseSetting("Taxii:Storage:MongoDb:Resilience:MaxRetryAttempts", "1");
            web.UseSetting("Taxii:Storage:MongoDb:Resilience:BackoffBase", "00:00:00.010");
            web.UseSetting("Taxii:Storage:MongoDb:Resilience:Timeout", "00:00:01");
            web.UseSetting("Taxii:Bootstrap:File", "");
            web.WithoutThrottling();
        });
        _client = _factory.CreateClient();
        _client.DefaultRequestHeaders.Accept.ParseAdd("application/taxii+json;version=2.1");
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes("someone:secret")));
    }

    [OneTimeTearDown]
    public async Task StopServer()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [TestCase("/taxii2/")]
    [TestCase("/taxii2/hub/collections/")]
    public async Task Taxii_requests_get_503_with_retry_after_and_a_taxii_error(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), body);
        Assert.That(response.Headers.RetryAfter?.Delta, Is.Not.Null.And.GreaterThan(TimeSpan.Zero));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/taxii+json"));
        Assert.That(response.Content.Headers.ContentType?.Parameters.Single().ToString(), Is.EqualTo("version=2.1"));
        using var error = JsonDocument.Parse(body);
        Assert.That(error.RootElement.GetProperty("http_status").GetString(), Is.EqualTo("503"));
        Assert.That(body, Does.Not.Contain("Exception").And.Not.Contain("127.0.0.1"), "no internals leak to the client");
    }

    [Test]
    public async Task A_post_is_refused_with_503_and_acknowledges_nothing()
    {
        using var content = new StringContent("""{"objects":[]}""", Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/taxii+json;version=2.1");
        using var response = await _client.PostAsync(
            new Uri("/taxii2/hub/collections/91a7b528-80eb-42ed-a74d-c6fbd5a26116/objects/", UriKind.Relative), content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("\"status\""));
    }

    [Test]
    public async Task Readiness_fails_while_liveness_holds()
    {
        using var ready = await _client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var live = await _client.GetAsync(new Uri("/health/live", UriKind.Relative));
        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK), await live.Content.ReadAsStringAsync());
        Assert.That(await ready.Content.ReadAsStringAsync(), Is.EqualTo("Unhealthy"), "no details leak");
    }
}
