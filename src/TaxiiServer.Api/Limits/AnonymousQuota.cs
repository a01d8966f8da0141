using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace TaxiiServer.Api.Limits;

/// <summary>
/// The small budget of requests without valid credentials (none, or failed): a token bucket per client address
/// that refuses at once, never queues. Such requests are answered 401 (or are health and metrics probes), so they
/// never take a work slot of the accounts. Partitions idle for a while are dropped by the limiter, so memory
/// follows the active addresses. Singleton: the buckets must outlive requests.
/// </summary>
internal sealed class AnonymousQuota : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> _limiter;

    public AnonymousQuota(IOptions<LimitsOptions> options)
    {
        var quota = options.Value.Anonymous;
        _limiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            RateLimitPartition.GetTokenBucketLimiter(ClientAddress.KeyOf(context), _ => Bucket(quota)));
    }

    /// <summary>Takes one permit for this request; a failed lease carries the time until the next one.</summary>
    public RateLimitLease Acquire(HttpContext context) => _limiter.AttemptAcquire(context);

    public void Dispose() => _limiter.Dispose();

    private static TokenBucketRateLimiterOptions Bucket(QuotaOptions quota)
    {
        // Refill in tenths of a second when the rate allows it, so a client at its rate is not refused at the
        // start of every second; QueueLimit 0: over quota is answered at once, never parked.
        var tenths = quota.PermitsPerSecond % 10 == 0;
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = quota.Burst,
            TokensPerPeriod = tenths ? quota.PermitsPerSecond / 10 : quota.PermitsPerSecond,
            ReplenishmentPeriod = tenths ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = false,
        };
    }
}
