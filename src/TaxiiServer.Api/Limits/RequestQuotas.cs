using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace TaxiiServer.Api.Limits;

/// <summary>
/// Token buckets per authenticated account (with per-account overrides) and per client address for everything
/// else (no credentials, failed credentials). Partitions idle for a while are dropped by the limiter, so memory
/// follows the active clients. Singleton: the buckets must outlive requests.
/// </summary>
internal sealed class RequestQuotas : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> _limiter;

    public RequestQuotas(IOptions<LimitsOptions> options)
    {
        var limits = options.Value;
        _limiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var account = context.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : null;
            return account is null
                ? RateLimitPartition.GetTokenBucketLimiter("address:" + ClientAddress.KeyOf(context), _ => Bucket(limits.Anonymous))
                : RateLimitPartition.GetTokenBucketLimiter("account:" + account, _ => Bucket(limits.QuotaFor(account)));
        });
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
