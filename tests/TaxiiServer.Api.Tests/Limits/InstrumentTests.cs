using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace TaxiiServer.Api.Tests.Limits;

/// <summary>The instruments the limits and ingest report through, and the Kestrel limits taken from configuration.</summary>
public sealed class InstrumentTests : MeteredLimitsFixture
{
    protected override IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Taxii:Limits:Connections:MaxRequestLineSize"] = "4096",
        ["Taxii:Limits:Connections:RequestHeadersTimeout"] = "00:00:07",
        ["Taxii:Limits:Connections:MinRequestBodyDataRate"] = "2048",
    };

    [Test]
    public async Task Ingest_counts_accepted_objects_and_rejections_by_rule_id()
    {
        const string envelope = """
            {"objects":[
              {"type":"indicator","spec_version":"2.1","id":"indicator--0b6c6d1a-7a43-4f43-9a8e-4b3c2d1e0f9a",
               "created":"2026-01-01T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z",
               "pattern":"[ipv4-addr:value = '192.0.2.9']","pattern_type":"stix","valid_from":"2026-01-01T00:00:00Z"},
              {"type":"indicator","spec_version":"2.1","id":"not-an-id"}
            ]}
            """;
        using var client = Factory.Client("alice");
        using var content = new StringContent(envelope, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/taxii+json;version=2.1");
        using var response = await client.PostAsync(LimitsApiFactory.ObjectsUrl, content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            Assert.That(Probe.Sum("taxii.ingest.objects", "outcome=accepted"), Is.EqualTo(1));
            Assert.That(Probe.Sum("taxii.ingest.objects", "outcome=rejected"), Is.EqualTo(1));
            Assert.That(Probe.Sum("taxii.ingest.objects", "rule=other"), Is.Zero, "a rejection is tagged with its rule id");
        });
    }

    [Test]
    public async Task A_refused_request_is_counted_by_limiter_and_reason_and_requests_by_route()
    {
        using var guesser = Factory.Client("bob", address: "192.0.2.77", password: "wrong");
        // Five failures block the pair; the sixth is the name's trickle turn; the seventh is refused.
        for (var i = 0; i < 7; i++)
        {
            using var _ = await guesser.GetAsync("/taxii2/");
        }

        Assert.Multiple(() =>
        {
            Assert.That(Probe.Sum("taxii.limits.rejections", "limiter=failed-authentication"), Is.GreaterThanOrEqualTo(1));
            Assert.That(Probe.Sum("taxii.auth.failures", "reason=invalid-credentials"), Is.GreaterThanOrEqualTo(5));
            Assert.That(Probe.Sum("taxii.http.requests", "route=/taxii2/"), Is.GreaterThanOrEqualTo(7));
            Assert.That(Probe.Sum("taxii.http.requests", "status=429"), Is.GreaterThanOrEqualTo(1));
        });
    }

    [Test]
    public void Kestrel_limits_come_from_Taxii_Limits()
    {
        var limits = Factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;
        Assert.Multiple(() =>
        {
            Assert.That(limits.MaxRequestLineSize, Is.EqualTo(2 * 4096), "twice the configured line: the application answers over the configured one with an error resource");
            Assert.That(limits.RequestHeadersTimeout, Is.EqualTo(TimeSpan.FromSeconds(7)));
            Assert.That(limits.MinRequestBodyDataRate?.BytesPerSecond, Is.EqualTo(2048));
            Assert.That(limits.MaxRequestBodySize, Is.EqualTo(10 * 1024 * 1024), "the production default");
            Assert.That(limits.MaxConcurrentConnections, Is.EqualTo(2000));
        });
    }
}
