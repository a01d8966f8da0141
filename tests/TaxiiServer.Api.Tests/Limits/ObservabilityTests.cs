using System.Net;

namespace TaxiiServer.Api.Tests.Limits;

/// <summary>Request ids and the address-restricted Prometheus endpoint (issue 6).</summary>
public sealed class ObservabilityTests
{
    private LimitsApiFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = new LimitsApiFactory(new Dictionary<string, string?>
    {
        ["Taxii:Limits:Account:PermitsPerSecond"] = "1000",
        ["Taxii:Limits:Account:Burst"] = "1000",
        ["Taxii:Limits:Anonymous:PermitsPerSecond"] = "1000",
        ["Taxii:Limits:Anonymous:Burst"] = "1000",
    });

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task Every_answer_carries_a_request_id_and_a_sane_incoming_one_is_kept()
    {
        using var client = _factory.Client("alice");
        using var fresh = await client.GetAsync("/taxii2/");
        Assert.That(fresh.Headers.GetValues("X-Request-Id").Single(), Has.Length.InRange(1, 64));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/taxii2/");
        request.Headers.Add("X-Request-Id", "sentinel-poll-42");
        using var kept = await client.SendAsync(request);
        Assert.That(kept.Headers.GetValues("X-Request-Id").Single(), Is.EqualTo("sentinel-poll-42"));
    }

    [TestCase("has spaces in it")]
    [TestCase("quote\"and;semicolon")]
    [TestCase("0123456789012345678901234567890123456789012345678901234567890123456789")] // 70 characters: too long
    public async Task An_unsafe_incoming_request_id_is_replaced(string incoming)
    {
        using var client = _factory.Client("alice");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/taxii2/");
        request.Headers.TryAddWithoutValidation("X-Request-Id", incoming);
        using var response = await client.SendAsync(request);
        Assert.That(response.Headers.GetValues("X-Request-Id").Single(), Is.Not.EqualTo(incoming));
    }

    [Test]
    public async Task Metrics_are_served_in_Prometheus_text_to_loopback()
    {
        using var client = _factory.Client("alice", address: "127.0.0.1");
        using var _ = await client.GetAsync(LimitsApiFactory.ObjectsUrl + "?limit=5");
        using var metrics = await client.GetAsync("/metrics");
        var text = await metrics.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(metrics.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(metrics.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
            Assert.That(text, Does.Contain("taxii_http_requests"));
            Assert.That(text, Does.Contain("taxii_store_duration"));
        });
    }

    [Test]
    public async Task Metrics_are_not_found_from_another_address()
    {
        using var client = _factory.Client(user: null, address: "203.0.113.9");
        using var metrics = await client.GetAsync("/metrics");
        Assert.That(metrics.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(metrics.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/taxii+json"));
    }
}
