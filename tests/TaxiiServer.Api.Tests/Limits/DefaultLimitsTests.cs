using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Limits;

/// <summary>
/// The shipped limits, untouched: the way real clients use the hub must never meet a 429 or a 503 (issue 11).
/// Only the password hash cost is lowered, which no limit reads.
/// </summary>
public sealed class DefaultLimitsTests : MeteredLimitsFixture
{
    private const int Objects = 2000;

    protected override IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    [OneTimeSetUp]
    public async Task SeedAsync()
    {
        using var writer = Factory.Client("alice", address: "198.51.100.1");
        for (var sent = 0; sent < Objects; sent += 400)
        {
            var envelope = EnvelopeBuilder.Of(Enumerable.Range(0, 400).Select(_ => StixObjectBuilder.Indicator()).ToArray());
            using var posted = await writer.PostAsync(LimitsApiFactory.ObjectsUrl, TaxiiHttpExtensions.TaxiiContent(Encoding.UTF8.GetBytes(envelope.ToJson())));
            Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await posted.Content.ReadAsStringAsync());
        }
    }

    [Test]
    public async Task A_sequential_client_pages_2000_pages_and_the_manifest_without_a_refusal()
    {
        using var siem = Factory.Client("bob", address: "198.51.100.2");
        var seen = await PageAllAsync(siem, LimitsApiFactory.ObjectsUrl, limit: 1, "objects");
        var manifest = await PageAllAsync(siem, LimitsApiFactory.ObjectsUrl.Replace("/objects/", "/manifest/"), limit: 1, "objects");

        Assert.That(seen, Is.EqualTo(Objects), "every object, one page each: 2,000 pages past the burst of the account");
        Assert.That(manifest, Is.EqualTo(Objects));
        Assert.That(Probe.Sum("taxii.limits.rejections", "account=bob"), Is.Zero);
    }

    [Test]
    public async Task A_wrong_password_flood_from_the_clients_own_address_does_not_refuse_its_verified_credentials()
    {
        const string Nat = "198.51.100.3";
        using var partner = Factory.Client("victim", address: Nat);
        using (var signedIn = await partner.GetAsync(LimitsApiFactory.ObjectsUrl + "?limit=10"))
        {
            Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var stop = new CancellationTokenSource();
        var attackerAnswers = new ConcurrentBag<HttpStatusCode>();
        var flood = Enumerable.Range(0, 16).Select(worker => Task.Run(async () =>
        {
            var attempt = 0;
            while (!stop.IsCancellationRequested)
            {
                var name = attempt++ % 2 == 0 ? "victim" : $"guess{worker}-{attempt}";
                using var attacker = Factory.Client(name, address: Nat, password: "wrong");
                using var answer = await attacker.GetAsync(LimitsApiFactory.ObjectsUrl);
                attackerAnswers.Add(answer.StatusCode);
            }
        })).ToArray();

        try
        {
            // Poll for as long as it takes the flood to get well past the guard's and the anonymous budget's bounds.
            for (var poll = 0; poll < 200 || attackerAnswers.Count < 2000; poll++)
            {
                using var polled = await partner.GetAsync(LimitsApiFactory.ObjectsUrl + "?limit=10");
                Assert.That(polled.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"poll {poll + 1} during the flood");
            }
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(flood);
        }

        Assert.That(attackerAnswers, Does.Contain(HttpStatusCode.TooManyRequests), "the flood itself is refused");
        Assert.That(attackerAnswers, Has.None.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_valid_credential_flood_by_one_account_does_not_refuse_another()
    {
        using var stop = new CancellationTokenSource();
        var floodAnswers = new ConcurrentBag<HttpStatusCode>();
        var flood = Enumerable.Range(0, 256).Select(worker => Task.Run(async () =>
        {
            using var bulk = Factory.Client("bulk", address: "198.51.100.4");
            while (!stop.IsCancellationRequested)
            {
                // Large pages: the expensive pool, which the poller's own large pages need too.
                using var answer = await bulk.GetAsync(LimitsApiFactory.ObjectsUrl + (worker % 2 == 0 ? "?limit=1000" : "?limit=10"));
                floodAnswers.Add(answer.StatusCode);
            }
        })).ToArray();

        try
        {
            using var poller = Factory.Client("alice", address: "198.51.100.5");
            for (var poll = 0; poll < 60; poll++)
            {
                using var polled = await poller.GetAsync(LimitsApiFactory.ObjectsUrl + (poll % 3 == 0 ? "?limit=1000" : "?limit=100"));
                Assert.That(polled.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"poll {poll + 1} during bulk's flood");
            }
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(flood);
        }

        Assert.That(floodAnswers, Does.Contain(HttpStatusCode.TooManyRequests), "256 at once is past bulk's bound on outstanding requests");
        Assert.That(Probe.Sum("taxii.limits.rejections", "account=alice"), Is.Zero);
    }

    /// <summary>Follows <c>next</c> to the end, as taxii2-client's as_pages does; returns how many records it saw.</summary>
    private static async Task<int> PageAllAsync(HttpClient client, string url, int limit, string recordsProperty)
    {
        var count = 0;
        string? next = null;
        var page = 0;
        do
        {
            var query = $"?limit={limit}" + (next is null ? "" : "&next=" + Uri.EscapeDataString(next));
            using var response = await client.GetAsync(url + query);
            page++;
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"page {page}");
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            count += body[recordsProperty]?.AsArray().Count ?? 0;
            next = body["more"]?.GetValue<bool>() == true ? (string?)body["next"] : null;
        }
        while (next is not null);

        return count;
    }
}
