using System.Net;

namespace TaxiiServer.Api.Tests.Limits;

/// <summary>
/// Expensive work (POSTs, large pages) runs in a small pool shared fairly by accounts; polls do not wait there
/// (issues 6 and 11).
/// </summary>
public sealed class ExpensiveWorkTests
{
    private LimitsApiFactory _factory = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _factory = new LimitsApiFactory(new Dictionary<string, string?>
        {
            ["Taxii:Limits:Expensive:ConcurrencyLimit"] = "1",
            ["Taxii:Limits:Expensive:MaxQueueWait"] = "00:00:01",
            ["Taxii:Limits:Expensive:LargePageThreshold"] = "500",
        });
        using var warmUp = _factory.Client("alice");
        using var _ = await warmUp.GetAsync(LimitsApiFactory.ObjectsUrl + "?limit=1");
    }

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task The_freed_slot_goes_to_another_account_before_the_pushers_queued_requests_and_small_polls_never_wait()
    {
        using var pusher = _factory.Client("alice");
        using var holdingBody = new StalledContent();
        var holding = pusher.PostAsync(LimitsApiFactory.ObjectsUrl, holdingBody);
        await holdingBody.Started.WaitAsync(TimeSpan.FromSeconds(30));
        await Task.Delay(100);

        // The pusher queues two more pushes behind its own, then another account asks for a large page.
        using var secondBody = new StalledContent();
        using var thirdBody = new StalledContent();
        var second = pusher.PostAsync(LimitsApiFactory.ObjectsUrl, secondBody);
        var third = pusher.PostAsync(LimitsApiFactory.ObjectsUrl, thirdBody);
        await Task.Delay(100);
        using var reader = _factory.Client("bob");
        var page = reader.GetAsync(LimitsApiFactory.ObjectsUrl + "?limit=1000");
        await Task.Delay(100);

        using var poller = _factory.Client("slow");
        using var poll = await poller.GetAsync(LimitsApiFactory.ObjectsUrl + "?limit=10");
        Assert.That(poll.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a normal page does not wait behind the pushes");

        holdingBody.Release();
        using var pushed = await holding;
        Assert.That(pushed.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        using var served = await page.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.That(served.StatusCode, Is.EqualTo(HttpStatusCode.OK),
            "the reader holds no slot, so it goes before the pusher's older queued requests (which stall: they would time it out)");

        secondBody.Release();
        thirdBody.Release();
        foreach (var response in await Task.WhenAll(second, third))
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted).Or.EqualTo(HttpStatusCode.ServiceUnavailable));
            response.Dispose();
        }
    }

    [Test]
    public async Task A_wait_for_a_slot_past_its_bound_is_answered_503_with_Retry_After()
    {
        using var pusher = _factory.Client("victim");
        using var body = new StalledContent();
        var holding = pusher.PostAsync(LimitsApiFactory.ObjectsUrl, body);
        await body.Started.WaitAsync(TimeSpan.FromSeconds(30));
        await Task.Delay(100);

        using var reader = _factory.Client("bulk");
        using var timedOut = await reader.GetAsync(LimitsApiFactory.ObjectsUrl + "?limit=600");
        await TaxiiErrorAssert.IsLimitAsync(timedOut, HttpStatusCode.ServiceUnavailable, "TAXII-503-02");

        body.Release();
        using var pushed = await holding;
        Assert.That(pushed.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
    }
}
