namespace TaxiiServer.Storage.Tests.Contract;

/// <summary>
/// A clock the tests move by hand. It never advances on its own, so "many writes in the same microsecond" is the
/// default situation, which is exactly where date_added allocation is most likely to go wrong.
/// </summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _ticks, now.UtcTicks);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
