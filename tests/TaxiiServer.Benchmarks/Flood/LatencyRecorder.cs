using System.Collections.Concurrent;

namespace TaxiiServer.Benchmarks.Flood;

/// <summary>Outcomes and latencies of one group of clients during one phase.</summary>
internal sealed class LatencyRecorder
{
    private readonly ConcurrentBag<double> _latencies = [];
    private readonly ConcurrentDictionary<int, int> _statuses = new();

    public void Record(int status, double milliseconds)
    {
        _latencies.Add(milliseconds);
        _statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
    }

    public int Total => _statuses.Values.Sum();

    public int Count(int status) => _statuses.TryGetValue(status, out var n) ? n : 0;

    /// <summary>Status code counts, e.g. "200: 190, 429: 3".</summary>
    public string Statuses => string.Join(", ", _statuses.OrderBy(kv => kv.Key).Select(kv => $"{(kv.Key == 0 ? "error" : kv.Key)}: {kv.Value:N0}"));

    public double Percentile(double p)
    {
        var sorted = _latencies.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var index = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
    }
}
