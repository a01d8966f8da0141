using System.Collections.Concurrent;

namespace TaxiiServer.Application.Limits;

/// <summary>One account's request rate and how many of its requests may be outstanding at once.</summary>
/// <param name="PermitsPerSecond">Sustained requests per second before requests start to wait.</param>
/// <param name="Burst">Requests that may arrive at once without waiting.</param>
/// <param name="MaxPending">Requests in flight or waiting; one more is refused (a flood, not a client).</param>
public readonly record struct ShapingQuota(double PermitsPerSecond, int Burst, int MaxPending);

/// <summary>What the shaper decided for one request.</summary>
/// <param name="Lease">Null: refuse it (429). Otherwise dispose it once the request is done.</param>
/// <param name="Delay">How long an admitted request waits before it runs (zero within the account's rate).</param>
/// <param name="RetryAfter">For a refusal: the soonest a retry may be admitted.</param>
/// <param name="Reason">For a refusal: <c>too-many-pending</c> or <c>delay-too-long</c>.</param>
public readonly record struct ShapingDecision(IDisposable? Lease, TimeSpan Delay, TimeSpan RetryAfter, string? Reason)
{
    public bool Admitted => Lease is not null;
}

/// <summary>
/// Shapes each account's requests instead of refusing them: a request over the account's rate waits for its turn
/// (a generic cell rate algorithm, i.e. a token bucket that schedules rather than drops), so a client that sends a
/// few requests at a time is slowed at worst, never refused. Only what exceeds the account's bound on requests in
/// flight and waiting, or would wait longer than the longest delay, is refused: that is a flood.
/// State per account is two numbers under a lock; accounts are the verified ones only (an attacker's invented
/// names never get here), so the map follows the accounts an admin created. Singleton.
/// </summary>
public sealed class RequestShaper(TimeProvider clock, TimeSpan maxDelay)
{
    private const int SweepThreshold = 10_000;

    private readonly ConcurrentDictionary<string, Partition> _partitions = new(StringComparer.Ordinal);

    /// <summary>Requests of all accounts waiting for their turn (a gauge).</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    private int _waiting;

    /// <summary>Decides for one request of <paramref name="account"/>; an admitted one's lease is disposed once done.</summary>
    public ShapingDecision Admit(string account, ShapingQuota quota)
    {
        if (_partitions.Count > SweepThreshold)
        {
            Sweep();
        }

        while (true)
        {
            var partition = _partitions.GetOrAdd(account, static _ => new Partition());
            if (TryAdmit(partition, quota) is { } decision)
            {
                return decision;
            }
        }
    }

    /// <summary>Null when a sweep removed <paramref name="partition"/> meanwhile (then take the new one).</summary>
    private ShapingDecision? TryAdmit(Partition partition, ShapingQuota quota)
    {
        var frequency = clock.TimestampFrequency;
        var interval = (long)(frequency / quota.PermitsPerSecond);
        var tolerance = interval * (quota.Burst - 1);
        lock (partition)
        {
            if (partition.Removed)
            {
                return null;
            }

            var now = clock.GetTimestamp();
            if (partition.Pending >= quota.MaxPending)
            {
                // The oldest outstanding request frees a place in about one turn of the rate.
                return Refused(TimeSpan.FromSeconds(Math.Max(1, partition.Pending / quota.PermitsPerSecond)), "too-many-pending");
            }

            var due = Math.Max(partition.TheoreticalArrival, now);
            var start = partition.TheoreticalArrival - tolerance;
            var delay = start > now ? TimeSpan.FromSeconds((double)(start - now) / frequency) : TimeSpan.Zero;
            if (delay > maxDelay)
            {
                return Refused(delay - maxDelay, "delay-too-long");
            }

            partition.TheoreticalArrival = due + interval;
            partition.Pending++;
            return new ShapingDecision(partition, delay, TimeSpan.Zero, null);
        }
    }

    /// <summary>Brackets the wait of an admitted request, for the waiting gauge.</summary>
    public void WaitStarted() => Interlocked.Increment(ref _waiting);

    public void WaitEnded() => Interlocked.Decrement(ref _waiting);

    private static ShapingDecision Refused(TimeSpan retryAfter, string reason) => new(null, TimeSpan.Zero, retryAfter, reason);

    /// <summary>Forgets accounts with nothing outstanding whose schedule is in the past (their bucket is full again).</summary>
    private void Sweep()
    {
        var now = clock.GetTimestamp();
        foreach (var (account, partition) in _partitions)
        {
            lock (partition)
            {
                if (partition.Pending == 0 && partition.TheoreticalArrival <= now)
                {
                    partition.Removed = true;
                    _partitions.TryRemove(new KeyValuePair<string, Partition>(account, partition));
                }
            }
        }
    }

    /// <summary>One account's schedule; it is also the lease of each admitted request (dispose: one fewer pending).</summary>
    private sealed class Partition : IDisposable
    {
        /// <summary>When the next request would be exactly on schedule (GCRA's TAT), in clock ticks.</summary>
        public long TheoreticalArrival;

        public int Pending;

        /// <summary>Set by a sweep, under the lock: admissions retry on a fresh partition.</summary>
        public bool Removed;

        public void Dispose()
        {
            lock (this)
            {
                Pending--;
            }
        }
    }
}
