using Microsoft.Extensions.Time.Testing;
using TaxiiServer.Application.Limits;

namespace TaxiiServer.Api.Tests.Limits;

/// <summary>The shaper's schedule against a clock moved by hand (issue 11).</summary>
public sealed class RequestShaperTests
{
    private readonly FakeTimeProvider _clock = new();

    [Test]
    public void A_burst_runs_at_once_and_the_rest_is_spaced_at_the_rate()
    {
        var shaper = new RequestShaper(_clock, TimeSpan.FromSeconds(10));
        var quota = new ShapingQuota(PermitsPerSecond: 10, Burst: 3, MaxPending: 100);
        var delays = Enumerable.Range(0, 6).Select(_ => shaper.Admit("a", quota).Delay.TotalMilliseconds).ToArray();
        Assert.That(delays, Is.EqualTo(new[] { 0d, 0, 0, 100, 200, 300 }).Within(0.001));
    }

    [Test]
    public void A_client_at_its_rate_never_waits_however_long_it_runs()
    {
        var shaper = new RequestShaper(_clock, TimeSpan.FromSeconds(1));
        var quota = new ShapingQuota(PermitsPerSecond: 100, Burst: 200, MaxPending: 4);
        for (var i = 0; i < 100_000; i++)
        {
            var decision = shaper.Admit("poller", quota);
            Assert.That(decision.Admitted && decision.Delay == TimeSpan.Zero, Is.True, $"request {i}");
            decision.Lease!.Dispose();
            _clock.Advance(TimeSpan.FromMilliseconds(10));
        }
    }

    [Test]
    public void The_bucket_refills_while_the_account_is_idle()
    {
        var shaper = new RequestShaper(_clock, TimeSpan.FromSeconds(10));
        var quota = new ShapingQuota(PermitsPerSecond: 10, Burst: 2, MaxPending: 100);
        for (var i = 0; i < 5; i++)
        {
            shaper.Admit("a", quota).Lease!.Dispose();
        }

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.That(shaper.Admit("a", quota).Delay, Is.EqualTo(TimeSpan.Zero));
        Assert.That(shaper.Admit("a", quota).Delay, Is.EqualTo(TimeSpan.Zero));
        Assert.That(shaper.Admit("a", quota).Delay, Is.GreaterThan(TimeSpan.Zero));
    }

    [Test]
    public void Outstanding_requests_beyond_the_bound_are_refused_until_one_is_done()
    {
        var shaper = new RequestShaper(_clock, TimeSpan.FromSeconds(10));
        var quota = new ShapingQuota(PermitsPerSecond: 1000, Burst: 1000, MaxPending: 2);
        var first = shaper.Admit("a", quota);
        var second = shaper.Admit("a", quota);
        var third = shaper.Admit("a", quota);
        Assert.That(third.Admitted, Is.False);
        Assert.That(third.Reason, Is.EqualTo("too-many-pending"));
        Assert.That(third.RetryAfter, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(1)));
        Assert.That(shaper.Admit("b", quota).Admitted, Is.True, "each account has its own bound");

        first.Lease!.Dispose();
        Assert.That(shaper.Admit("a", quota).Admitted, Is.True);
        second.Lease!.Dispose();
    }

    [Test]
    public void A_request_that_would_wait_past_the_longest_delay_is_refused_and_does_not_move_the_schedule()
    {
        var shaper = new RequestShaper(_clock, TimeSpan.FromMilliseconds(250));
        var quota = new ShapingQuota(PermitsPerSecond: 10, Burst: 1, MaxPending: 100);
        Assert.That(shaper.Admit("a", quota).Delay, Is.EqualTo(TimeSpan.Zero));
        Assert.That(shaper.Admit("a", quota).Delay.TotalMilliseconds, Is.EqualTo(100).Within(0.001));
        Assert.That(shaper.Admit("a", quota).Delay.TotalMilliseconds, Is.EqualTo(200).Within(0.001));
        var refused = shaper.Admit("a", quota);
        Assert.That(refused.Admitted, Is.False);
        Assert.That(refused.Reason, Is.EqualTo("delay-too-long"));

        _clock.Advance(TimeSpan.FromMilliseconds(100));
        Assert.That(shaper.Admit("a", quota).Delay.TotalMilliseconds, Is.EqualTo(200).Within(0.001),
            "the refused request took no turn");
    }

    [Test]
    public void Idle_accounts_are_forgotten_once_many_are_tracked_and_busy_ones_keep_their_count()
    {
        var shaper = new RequestShaper(_clock, TimeSpan.FromSeconds(1));
        var quota = new ShapingQuota(PermitsPerSecond: 1000, Burst: 1000, MaxPending: 1);
        var held = shaper.Admit("busy", quota);
        for (var i = 0; i < 10_050; i++)
        {
            shaper.Admit("idle" + i, quota).Lease!.Dispose();
        }

        _clock.Advance(TimeSpan.FromSeconds(5));
        shaper.Admit("trigger", quota).Lease!.Dispose();
        Assert.That(shaper.Admit("busy", quota).Admitted, Is.False, "the busy account's outstanding request still counts");
        held.Lease!.Dispose();
        Assert.That(shaper.Admit("busy", quota).Admitted, Is.True);
    }
}
