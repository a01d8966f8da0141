using TaxiiServer.Application.Limits;

namespace TaxiiServer.Api.Tests.Limits;

/// <summary>The guard's counting over time, without HTTP.</summary>
public sealed class FailedAuthenticationGuardTests
{
    private readonly ManualClock _clock = new();

    [Test]
    public void A_refusal_lifts_once_the_failures_are_older_than_the_window()
    {
        var guard = Guard(new FailedAuthenticationOptions { Window = TimeSpan.FromMinutes(1), MaxFailuresPerAccountAndAddress = 2, BlockedAddressTrickleInterval = TimeSpan.Zero });
        guard.RecordFailure("a1", "alice");
        guard.RecordFailure("a1", "alice");
        var refusal = guard.CheckBeforeVerification("a1", "alice");
        Assert.That(refusal?.Reason, Is.EqualTo("account-address"));
        Assert.That(refusal!.RetryAfter, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(1)));

        _clock.Advance(TimeSpan.FromSeconds(61));
        Assert.That(guard.CheckBeforeVerification("a1", "alice"), Is.Not.Null, "failures count for one window more");

        _clock.Advance(TimeSpan.FromSeconds(61));
        Assert.That(guard.CheckBeforeVerification("a1", "alice"), Is.Null);
    }

    [Test]
    public void A_success_forgets_the_pairs_failures()
    {
        var guard = Guard(new FailedAuthenticationOptions { MaxFailuresPerAccountAndAddress = 2 });
        guard.RecordFailure("a1", "alice");
        guard.RecordSuccess("a1", "alice");
        guard.RecordFailure("a1", "alice");
        Assert.That(guard.CheckBeforeVerification("a1", "alice"), Is.Null);
    }

    [Test]
    public void The_account_slow_down_lets_one_attempt_through_per_interval()
    {
        var guard = Guard(new FailedAuthenticationOptions { AccountSlowDownThreshold = 3, AccountSlowDownPermitsPerSecond = 0.5 });
        for (var i = 0; i < 3; i++)
        {
            guard.RecordFailure("x" + i, "alice");
        }

        Assert.That(guard.CheckBeforeVerification("y", "alice"), Is.Null);
        var refusal = guard.CheckBeforeVerification("y", "alice");
        Assert.That(refusal?.Reason, Is.EqualTo("account-slowdown"));
        Assert.That(refusal!.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(2)));

        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.That(guard.CheckBeforeVerification("z", "alice"), Is.Null);
        Assert.That(guard.CheckBeforeVerification("z", "bob"), Is.Null, "other accounts are not slowed");
    }

    [Test]
    public void Keys_past_the_budget_are_not_counted()
    {
        var guard = Guard(new FailedAuthenticationOptions { MaxTrackedKeys = 100, MaxFailuresPerAddress = 1, BlockedAddressTrickleInterval = TimeSpan.Zero });
        for (var i = 0; i < 100; i++)
        {
            guard.RecordFailure("addr" + i, "n" + i);
        }

        guard.RecordFailure("late", "n");
        Assert.Multiple(() =>
        {
            Assert.That(guard.CheckBeforeVerification("addr0", "other"), Is.Not.Null, "tracked before the budget ran out");
            Assert.That(guard.CheckBeforeVerification("late", "other"), Is.Null, "memory stays bounded: not tracked");
        });
    }

    [Test]
    public void A_blocked_address_still_lets_each_account_name_through_once_per_trickle_interval()
    {
        var guard = Guard(new FailedAuthenticationOptions { MaxFailuresPerAddress = 2, BlockedAddressTrickleInterval = TimeSpan.FromSeconds(10) });
        guard.RecordFailure("nat", "x1");
        guard.RecordFailure("nat", "x2");
        Assert.That(guard.IsAddressBlocked("nat"), Is.True);

        Assert.That(guard.CheckBeforeVerification("nat", "partner"), Is.Null, "a partner's first sign-in from the blocked address");
        var refusal = guard.CheckBeforeVerification("nat", "partner");
        Assert.That(refusal?.Reason, Is.EqualTo("address"), "one attempt per interval and name");
        Assert.That(refusal!.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(10)), "the next turn, not the end of the window");
        Assert.That(guard.CheckBeforeVerification("nat", "other"), Is.Null, "each name has its own turn");

        _clock.Advance(TimeSpan.FromSeconds(10));
        Assert.That(guard.CheckBeforeVerification("nat", "partner"), Is.Null);
        Assert.That(guard.IsAddressBlocked("elsewhere"), Is.False);
    }

    [Test]
    public void With_the_trickle_off_a_blocked_address_is_refused_for_every_name()
    {
        var guard = Guard(new FailedAuthenticationOptions { MaxFailuresPerAddress = 1, BlockedAddressTrickleInterval = TimeSpan.Zero });
        guard.RecordFailure("nat", "x1");
        Assert.That(guard.CheckBeforeVerification("nat", "partner")?.Reason, Is.EqualTo("address"));
    }

    private FailedAuthenticationGuard Guard(FailedAuthenticationOptions options) => new(Microsoft.Extensions.Options.Options.Create(options), _clock);
}
