using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using TaxiiServer.Application.Diagnostics;

namespace TaxiiServer.Api.Tests.Limits;

/// <summary>
/// Sums the counters of one test server's TaxiiServer meter (other servers in the same test process are ignored:
/// their meters come from another meter factory).
/// </summary>
internal sealed class MeterProbe : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _sums = new();

    public MeterProbe(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == TaxiiMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            _sums.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value);
            foreach (var tag in tags)
            {
                _sums.AddOrUpdate($"{instrument.Name}|{tag.Key}={tag.Value}", value, (_, sum) => sum + value);
            }
        });
        _listener.Start();
    }

    /// <summary>The sum of a counter, optionally only of measurements carrying one tag value.</summary>
    public long Sum(string instrument, string? tag = null) =>
        _sums.TryGetValue(tag is null ? instrument : $"{instrument}|{tag}", out var sum) ? sum : 0;

    public void Dispose() => _listener.Dispose();
}
