namespace TaxiiServer.Api.Memory;

/// <summary>
/// Decides when an idle node should collect and give memory back: only once allocation has died down (so a busy
/// node never pays for it), only when the GC holds notably more than the least it has held (its floor), and not
/// more often than <see cref="MemoryOptions.MinimumInterval"/>. Pools let go of buffers only on later collections
/// (the shared array pool keeps a thread's buffers 30 s, its per-core stacks longer), so one release is often not
/// enough; but a release that frees little doubles the wait before the next one (up to 10 minutes), so memory
/// that is really live costs an idle node a collection now and then, not every interval.
/// </summary>
internal sealed class IdleReleasePolicy(MemoryOptions options)
{
    private const long MiB = 1024 * 1024;
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(10);
    private long _lastAllocated = -1;
    private long _floor = long.MaxValue;
    private TimeSpan _wait = options.MinimumInterval;
    private TimeSpan? _lastRelease;

    /// <summary>The wait before the next release may happen.</summary>
    public TimeSpan Wait => _wait;

    /// <summary>
    /// One look: <paramref name="totalAllocated"/> is the process's allocated bytes so far, <paramref name="committed"/>
    /// what the GC holds now, <paramref name="now"/> a monotonic time.
    /// </summary>
    public bool ShouldRelease(long totalAllocated, long committed, TimeSpan now)
    {
        var allocated = _lastAllocated < 0 ? long.MaxValue : totalAllocated - _lastAllocated;
        _lastAllocated = totalAllocated;
        _floor = Math.Min(_floor, committed);
        var idle = allocated < options.IdleAllocationMiB * MiB;
        var grown = committed - _floor >= options.GrowthMiB * MiB;
        var due = _lastRelease is not { } last || now - last >= _wait;
        return idle && grown && due;
    }

    /// <summary>After a release that took the GC from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public void Released(long before, long after, TimeSpan now)
    {
        _lastRelease = now;
        _floor = Math.Min(_floor, after);
        _wait = before - after >= options.GrowthMiB * MiB / 2
            ? options.MinimumInterval
            : TimeSpan.FromTicks(Math.Min(_wait.Ticks * 2, LongestWait.Ticks));
    }
}
