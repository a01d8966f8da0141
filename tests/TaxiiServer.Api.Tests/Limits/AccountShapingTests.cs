using System.Diagnostics;
using System.Net;

namespace TaxiiServer.Api.Tests.Limits;

/// <summary>
/// Over its rate an account's requests wait for their turn instead of being refused; only what exceeds its bound on
/// outstanding requests, or would wait past the longest delay, is refused with 429 (issue 11). Requests without
/// valid credentials have their own small per-address budget.
/// </summary>
public sealed class AccountShapingTests : MeteredLimitsFixture
{
    protected override IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Taxii:Limits:Account:PermitsPerSecond"] = "20",
        ["Taxii:Limits:Account:Burst"] = "20",
        ["Taxii:Limits:Accounts:alice:PermitsPerSecond"] = "20",
        ["Taxii:Limits:Accounts:alice:Burst"] = "20",
        ["Taxii:Limits:Accounts:alice:MaxPending"] = "2",
        ["Taxii:Limits:Account:MaxPending"] = "2",
        ["Taxii:Limits:MaxShapingDelay"] = "00:00:00.500",
        ["Taxii:Limits:Accounts:slow:PermitsPerSecond"] = "1",
        ["Taxii:Limits:Accounts:slow:Burst"] = "1",
        ["Taxii:Limits:Accounts:bulk:PermitsPerSecond"] = "10",
        ["Taxii:Limits:Accounts:bulk:Burst"] = "40",
        ["Taxii:Limits:Anonymous:PermitsPerSecond"] = "1",
        ["Taxii:Limits:Anonymous:Burst"] = "2",
    };

    [Test]
    public async Task A_sequential_client_over_its_rate_is_slowed_to_it_never_refused()
    {
        using var alice = Factory.Client("alice");
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 45; i++)
        {
            using var ok = await alice.GetAsync("/taxii2/");
            Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"request {i + 1} waits for its turn instead of a 429");
        }

        // A burst of 20, then 25 more at 20/s: at least 1.2 s whatever the speed of each request.
        Assert.That(clock.Elapsed, Is.GreaterThan(TimeSpan.FromSeconds(1.2)));
        Assert.That(Probe.Sum("taxii.limits.shaped", "account=alice"), Is.GreaterThanOrEqualTo(1));
        Assert.That(Probe.Sum("taxii.limits.rejections", "account=alice"), Is.Zero);
    }

    [Test]
    public async Task Requests_beyond_the_accounts_bound_on_outstanding_requests_get_429_with_Retry_After()
    {
        using var bob = Factory.Client("bob");
        using var first = new StalledContent();
        using var second = new StalledContent();
        var holding = new[] { bob.PostAsync(LimitsApiFactory.ObjectsUrl, first), bob.PostAsync(LimitsApiFactory.ObjectsUrl, second) };
        await Task.WhenAll(first.Started, second.Started).WaitAsync(TimeSpan.FromSeconds(30));
        await Task.Delay(200); // the server has them once their first bytes are read

        using var refused = await bob.GetAsync("/taxii2/");
        await TaxiiErrorAssert.IsLimitAsync(refused, HttpStatusCode.TooManyRequests, "TAXII-429-01");
        Assert.That(Probe.Sum("taxii.limits.rejections", "reason=too-many-pending"), Is.GreaterThanOrEqualTo(1));

        using var victim = Factory.Client("victim");
        using var other = await victim.GetAsync("/taxii2/");
        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.OK), "another account's bound is its own");

        first.Release();
        second.Release();
        foreach (var response in await Task.WhenAll(holding))
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            response.Dispose();
        }

        using var after = await bob.GetAsync("/taxii2/");
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK), "answered requests free their places");
    }

    [Test]
    public async Task A_request_that_would_wait_past_the_longest_delay_is_refused()
    {
        using var slow = Factory.Client("slow");
        using var first = await slow.GetAsync("/taxii2/");
        using var second = await slow.GetAsync("/taxii2/");
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await TaxiiErrorAssert.IsLimitAsync(second, HttpStatusCode.TooManyRequests, "TAXII-429-01");
        Assert.That(Probe.Sum("taxii.limits.rejections", "reason=delay-too-long"), Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public async Task A_per_account_override_gives_a_larger_burst()
    {
        using var bulk = Factory.Client("bulk");
        for (var i = 0; i < 30; i++)
        {
            using var ok = await bulk.GetAsync("/taxii2/");
            Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        Assert.That(Probe.Sum("taxii.limits.shaped", "account=bulk"), Is.Zero, "30 requests fit in the override's burst of 40");
    }

    [Test]
    public async Task Requests_without_credentials_are_limited_per_address()
    {
        using var flooder = Factory.Client(user: null, address: "198.51.100.7");
        for (var i = 0; i < 2; i++)
        {
            using var challenged = await flooder.GetAsync("/taxii2/");
            Assert.That(challenged.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        using var refused = await flooder.GetAsync("/taxii2/");
        await TaxiiErrorAssert.IsLimitAsync(refused, HttpStatusCode.TooManyRequests, "TAXII-429-01");

        using var other = Factory.Client(user: null, address: "198.51.100.8");
        using var elsewhere = await other.GetAsync("/taxii2/");
        Assert.That(elsewhere.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "another address has its own bucket");
    }

    [Test]
    public async Task IPv6_clients_of_one_64_prefix_share_a_bucket()
    {
        using var first = Factory.Client(user: null, address: "2001:db8:1:2::10");
        using var second = Factory.Client(user: null, address: "2001:db8:1:2::20");
        using var a = await first.GetAsync("/taxii2/");
        using var b = await second.GetAsync("/taxii2/");
        using var refused = await first.GetAsync("/taxii2/");
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
    }
}
