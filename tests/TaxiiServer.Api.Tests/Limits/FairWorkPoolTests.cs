using Microsoft.Extensions.Time.Testing;
using TaxiiServer.Application.Limits;

namespace TaxiiServer.Api.Tests.Limits;

/// <summary>The fair pool's hand-out order, refusals and timeouts, against a clock moved by hand (issue 11).</summary>
public sealed class FairWorkPoolTests
{
    private static readonly TimeSpan LongWait = TimeSpan.FromMinutes(1);
    private readonly FakeTimeProvider _clock = new();

    [Test]
    public async Task A_free_slot_goes_to_the_account_holding_the_fewest_not_to_the_flooders_older_requests()
    {
        var pool = new FairWorkPool(slots: 2, queueLimit: 100, _clock);
        var held = new[] { await pool.AcquireAsync("flooder", LongWait, default), await pool.AcquireAsync("flooder", LongWait, default) };
        var flooderQueued = Enumerable.Range(0, 5).Select(_ => pool.AcquireAsync("flooder", LongWait, default).AsTask()).ToList();
        var partner = pool.AcquireAsync("partner", LongWait, default).AsTask();
        Assert.That(pool.Waiting, Is.EqualTo(6));

        held[0].Lease!.Dispose();
        var partnerSlot = await partner.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.That(partnerSlot.Queued, Is.True);
        Assert.That(flooderQueued.Count(t => t.IsCompleted), Is.Zero, "the partner is served first");

        held[1].Lease!.Dispose();
        var next = await Task.WhenAny(flooderQueued).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.That(flooderQueued.IndexOf(next), Is.Zero, "an account's own requests run oldest first");
        partnerSlot.Lease!.Dispose();
        (await next).Lease!.Dispose();
        foreach (var queued in flooderQueued)
        {
            (await queued.WaitAsync(TimeSpan.FromSeconds(5))).Lease!.Dispose();
        }

        Assert.That(pool.InUse, Is.Zero);
    }

    [Test]
    public async Task Accounts_with_equal_holdings_take_turns()
    {
        var pool = new FairWorkPool(slots: 1, queueLimit: 100, _clock);
        var first = await pool.AcquireAsync("a", LongWait, default);
        var order = new List<string>();
        var waiters = new List<Task>();
        foreach (var tenant in new[] { "a", "a", "a", "b", "b", "c" })
        {
            waiters.Add(Take(pool, tenant, order));
        }

        first.Lease!.Dispose();
        await Task.WhenAll(waiters).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.That(order, Is.EqualTo(new[] { "b", "c", "a", "b", "a", "a" }), "round robin, the account just served last");
    }

    [Test]
    public async Task The_queue_of_all_accounts_is_bounded()
    {
        var pool = new FairWorkPool(slots: 1, queueLimit: 1, _clock);
        var held = await pool.AcquireAsync("a", LongWait, default);
        var queued = pool.AcquireAsync("b", LongWait, default).AsTask();
        var refused = await pool.AcquireAsync("c", LongWait, default);
        Assert.That(refused.Lease, Is.Null);
        Assert.That(refused.Refusal, Is.EqualTo(WorkRefusal.QueueFull));
        held.Lease!.Dispose();
        (await queued.WaitAsync(TimeSpan.FromSeconds(5))).Lease!.Dispose();
    }

    [Test]
    public async Task A_wait_past_its_bound_is_refused_and_leaves_the_queue()
    {
        var pool = new FairWorkPool(slots: 1, queueLimit: 10, _clock);
        var held = await pool.AcquireAsync("a", LongWait, default);
        var waiting = pool.AcquireAsync("b", TimeSpan.FromSeconds(2), default).AsTask();
        _clock.Advance(TimeSpan.FromSeconds(3));
        var outcome = await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.That(outcome.Refusal, Is.EqualTo(WorkRefusal.WaitTooLong));
        Assert.That(pool.Waiting, Is.Zero);
        held.Lease!.Dispose();
        Assert.That(pool.InUse, Is.Zero, "the timed-out waiter never took the slot");
    }

    [Test]
    public async Task A_client_that_leaves_while_waiting_gives_up_its_place()
    {
        var pool = new FairWorkPool(slots: 1, queueLimit: 10, _clock);
        var held = await pool.AcquireAsync("a", LongWait, default);
        using var gone = new CancellationTokenSource();
        var waiting = pool.AcquireAsync("b", LongWait, gone.Token).AsTask();
        await gone.CancelAsync();
        Assert.That(async () => await waiting, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(pool.Waiting, Is.Zero);
        held.Lease!.Dispose();
        var next = await pool.AcquireAsync("c", LongWait, default);
        Assert.That(next.Queued, Is.False, "the slot is free again");
        next.Lease!.Dispose();
    }

    [Test]
    public async Task Disposing_a_lease_twice_frees_one_slot()
    {
        var pool = new FairWorkPool(slots: 2, queueLimit: 10, _clock);
        var a = await pool.AcquireAsync("a", LongWait, default);
        var b = await pool.AcquireAsync("a", LongWait, default);
        a.Lease!.Dispose();
        a.Lease.Dispose();
        Assert.That(pool.InUse, Is.EqualTo(1));
        b.Lease!.Dispose();
    }

    private static async Task Take(FairWorkPool pool, string tenant, List<string> order)
    {
        var slot = await pool.AcquireAsync(tenant, LongWait, default);
        lock (order)
        {
            order.Add(tenant);
        }

        slot.Lease!.Dispose();
    }
}
