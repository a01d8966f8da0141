using System.Net;

namespace TaxiiServer.Api.Tests.Limits;

public sealed class AccountQuotaTests
{
    private LimitsApiFactory _factory = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _factory = new LimitsApiFactory(new Dictionary<string, string?>
        {
            // A slow refill, so a burst cannot be topped up while a test runs.
            ["Taxii:Limits:Account:PermitsPerSecond"] = "1",
            ["Taxii:Limits:Account:Burst"] = "3",
            ["Taxii:Limits:Accounts:bulk:PermitsPerSecond"] = "1",
            ["Taxii:Limits:Accounts:bulk:Burst"] = "8",
            ["Taxii:Limits:Anonymous:PermitsPerSecond"] = "1",
            ["Taxii:Limits:Anonymous:Burst"] = "2",
        });

        // Start the server (and JIT) first, so the tests' bursts are not spread over the start-up time.
        using var warmUp = _factory.Client(user: null, address: "203.0.113.250");
        using var _ = await warmUp.GetAsync("/taxii2/");
    }

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task An_account_over_its_burst_gets_429_with_Retry_After_and_a_TAXII_error()
    {
        using var alice = _factory.Client("alice");
        for (var i = 0; i < 3; i++)
        {
            using var ok = await alice.GetAsync("/taxii2/");
            Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"request {i + 1} is inside the burst");
        }

        using var refused = await alice.GetAsync("/taxii2/");
        await TaxiiErrorAssert.IsLimitAsync(refused, HttpStatusCode.TooManyRequests, "TAXII-429-01");
    }

    [Test]
    public async Task Another_account_keeps_its_own_quota_while_one_is_over()
    {
        using var bob = _factory.Client("bob");
        for (var i = 0; i < 5; i++)
        {
            using var _ = await bob.GetAsync("/taxii2/");
        }

        using var victim = _factory.Client("victim", address: "192.0.2.1");
        using var response = await victim.GetAsync("/taxii2/");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_per_account_override_gives_a_larger_burst()
    {
        using var bulk = _factory.Client("bulk");
        for (var i = 0; i < 8; i++)
        {
            using var ok = await bulk.GetAsync("/taxii2/");
            Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"request {i + 1} is inside the override's burst");
        }

        using var refused = await bulk.GetAsync("/taxii2/");
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
    }

    [Test]
    public async Task Requests_without_credentials_are_limited_per_address()
    {
        using var flooder = _factory.Client(user: null, address: "198.51.100.7");
        for (var i = 0; i < 2; i++)
        {
            using var challenged = await flooder.GetAsync("/taxii2/");
            Assert.That(challenged.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        using var refused = await flooder.GetAsync("/taxii2/");
        await TaxiiErrorAssert.IsLimitAsync(refused, HttpStatusCode.TooManyRequests, "TAXII-429-01");

        using var other = _factory.Client(user: null, address: "198.51.100.8");
        using var elsewhere = await other.GetAsync("/taxii2/");
        Assert.That(elsewhere.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "another address has its own bucket");
    }

    [Test]
    public async Task IPv6_clients_of_one_64_prefix_share_a_bucket()
    {
        using var first = _factory.Client(user: null, address: "2001:db8:1:2::10");
        using var second = _factory.Client(user: null, address: "2001:db8:1:2::20");
        using var a = await first.GetAsync("/taxii2/");
        using var b = await second.GetAsync("/taxii2/");
        using var refused = await first.GetAsync("/taxii2/");
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
    }
}
