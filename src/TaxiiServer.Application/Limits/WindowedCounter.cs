using System.Collections.Concurrent;

namespace TaxiiServer.Application.Limits;

/// <summary>
/// Counts events per key over roughly one window with two generations: the current one and the one before. At each
/// window boundary the older generation is dropped whole, so memory stays bounded by what one or two windows of
/// traffic can create and no sweep is needed. A count therefore covers between one and two windows.
/// </summary>
internal sealed class WindowedCounter(TimeSpan window, int maxKeys, TimeProvider clock)
{
    private readonly Lock _rotation = new();
    private ConcurrentDictionary<string, int> _current = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, int> _previous = new(StringComparer.Ordinal);
    private int _currentKeys;
    private long _currentStart = clock.GetTimestamp();

    public int Count(string key)
    {
        Rotate();
        return Get(_current, key) + Get(_previous, key);
    }

    /// <summary>Adds one event; a new key past the key budget is not recorded (the count is returned anyway).</summary>
    public int Increment(string key)
    {
        Rotate();
        var current = _current;
        if (!current.ContainsKey(key) && Interlocked.Increment(ref _currentKeys) > maxKeys)
        {
            return Get(_previous, key);
        }

        return current.AddOrUpdate(key, 1, static (_, count) => count + 1) + Get(_previous, key);
    }

    public void Reset(string key)
    {
        _current.TryRemove(key, out _);
        _previous.TryRemove(key, out _);
    }

    /// <summary>Time until the next generation is dropped: the soonest a refusal may lift.</summary>
    public TimeSpan UntilNextRotation()
    {
        var remaining = window - clock.GetElapsedTime(Interlocked.Read(ref _currentStart));
        return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
    }

    private void Rotate()
    {
        if (clock.GetElapsedTime(Interlocked.Read(ref _currentStart)) < window)
        {
            return;
        }

        lock (_rotation)
        {
            var elapsed = clock.GetElapsedTime(_currentStart);
            if (elapsed < window)
            {
                return;
            }

            // Two windows of silence: both generations are stale.
            _previous = elapsed < window * 2 ? _current : new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
            _current = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
            Volatile.Write(ref _currentKeys, 0);
            Interlocked.Exchange(ref _currentStart, clock.GetTimestamp());
        }
    }

    private static int Get(ConcurrentDictionary<string, int> generation, string key) =>
        generation.TryGetValue(key, out var count) ? count : 0;
}
