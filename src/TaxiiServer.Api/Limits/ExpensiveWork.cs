using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using TaxiiServer.Application.Diagnostics;
using TaxiiServer.Application.Options;

namespace TaxiiServer.Api.Limits;

/// <summary>
/// A concurrency limit with a short first-come queue for the requests that cost the most: POSTs of objects (parse,
/// validate, durable write) and GETs of large pages. Everything else (discovery, status, normal polls) never waits
/// here, so polling stays responsive while partners push. Singleton: one pool per node.
/// </summary>
internal sealed class ExpensiveWork : IDisposable
{
    private static readonly HashSet<string> LargePageEndpoints = new(StringComparer.Ordinal) { "GetObjects", "GetManifest" };

    private readonly ConcurrencyLimiter _limiter;
    private readonly ExpensiveWorkOptions _options;
    private readonly int _defaultLimit;

    public ExpensiveWork(IOptions<LimitsOptions> options, IOptions<PagingOptions> paging, TaxiiMetrics metrics)
    {
        _options = options.Value.Expensive;
        _defaultLimit = paging.Value.DefaultLimit;
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = _options.ConcurrencyLimit,
            QueueLimit = _options.QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        metrics.ObserveGauge("taxii.limits.queue_length", "Requests waiting for a limiter slot.",
            () => _limiter.GetStatistics()?.CurrentQueuedCount ?? 0, "limiter", "expensive");
        metrics.ObserveGauge("taxii.limits.in_flight", "Requests holding a limiter slot.",
            () => _options.ConcurrencyLimit - (_limiter.GetStatistics()?.CurrentAvailablePermits ?? 0), "limiter", "expensive");
    }

    public TimeSpan MaxQueueWait => _options.MaxQueueWait;

    /// <summary>Whether the matched endpoint is expensive work, from its name and the requested page size.</summary>
    public bool IsExpensive(HttpContext context)
    {
        var name = context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
        if (name is null)
        {
            return false;
        }

        if (name == "AddObjects")
        {
            return true;
        }

        if (!LargePageEndpoints.Contains(name))
        {
            return false;
        }

        var limit = context.Request.Query["limit"];
        var requested = limit.Count == 0
            ? _defaultLimit
            : int.TryParse(limit[0], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
        return requested >= _options.LargePageThreshold;
    }

    /// <summary>Waits for a slot (at most <see cref="MaxQueueWait"/>, cancelled with the request).</summary>
    public ValueTask<RateLimitLease> AcquireAsync(CancellationToken ct) => _limiter.AcquireAsync(1, ct);

    public void Dispose() => _limiter.Dispose();
}
