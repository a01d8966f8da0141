using System.Net;

namespace TaxiiServer.Api.Tests.Limits;

/// <summary>Expensive work (POSTs, large pages) queues behind a small concurrency limit; polls do not (issue 6).</summary>
public sealed class ExpensiveWorkTests
{
    private LimitsApiFactory _factory = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _factory = new LimitsApiFactory(new Dictionary<string, string?>
        {
            ["Taxii:Limits:Expensive:ConcurrencyLimit"] = "1",
            ["Taxii:Limits:Expensive:QueueLimit"] = "1",
            ["Taxii:Limits:Expensive:MaxQueueWait"] = "00:00:00.300",
            ["Taxii:Limits:Expensive:LargePageThreshold"] = "500",
            ["Taxii:Limits:Account:PermitsPerSecond"] = "1000",
            ["Taxii:Limits:Account:Burst"] = "1000",
        });
        using var warmUp = _factory.Client("alice");
        using var _ = await warmUp.GetAsync(LimitsApiFactory.ObjectsUrl + "?limit=1");
    }

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task While_a_push_holds_the_only_slot_a_second_waits_then_a_third_gets_503_and_small_polls_still_answer()
    {
        using var pusher = _factory.Client("alice");
        using var body = new StalledContent();
        var holding = pusher.PostAsync(LimitsApiFactory.ObjectsUrl, body);
        await body.Started.WaitAsync(TimeSpan.FromSeconds(30));
        await Task.Delay(100);

        using var queued = _factory.Client("bob");
        var waiting = queued.GetAsync(LimitsApiFactory.ObjectsUrl + "?limit=1000");
        await Task.Delay(50);

        using var third = _factory.Client("victim");
        using var full = await third.GetAsync(LimitsApiFactory.ObjectsUrl + "?limit=600");
        await TaxiiErrorAssert.IsLimitAsync(full, HttpStatusCode.ServiceUnavailable, "TAXII-503-02");

        using var poller = _factory.Client("slow");
        using var poll = await poller.GetAsync(LimitsApiFactory.ObjectsUrl + "?limit=10");
        Assert.That(poll.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a normal page does not wait behind the push");

        using var timedOut = await waiting;
        await TaxiiErrorAssert.IsLimitAsync(timedOut, HttpStatusCode.ServiceUnavailable, "TAXII-503-02");

        body.Release();
        using var pushed = await holding;
        Assert.That(pushed.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
    }
}
