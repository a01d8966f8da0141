using System.ComponentModel.DataAnnotations;

namespace TaxiiServer.Api.Limits;

/// <summary>
/// Request quotas, the expensive-work queue, timeouts and connection limits, bound from <c>Taxii:Limits</c>
/// (failed sign-ins: <c>Taxii:Limits:FailedAuthentication</c>). Defaults are the production values. Quotas and
/// queues are per node, in memory: see README "Limits" for sizing them for N nodes.
/// </summary>
public sealed class LimitsOptions
{
    public const string Section = "Taxii:Limits";

    /// <summary>
    /// Rate and outstanding-request bound of each authenticated account. Default 200 requests/s sustained, a burst
    /// of 2,000, at most 64 requests in flight or waiting. Requests over the rate wait; only the 65th outstanding
    /// request is refused.
    /// </summary>
    public AccountQuotaOptions Account { get; set; } = new();

    /// <summary>Per-account overrides of <see cref="Account"/>, keyed by account name (e.g. a bulk producer).</summary>
    public Dictionary<string, AccountQuotaOptions> Accounts { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Request quota of each client address for requests without a valid account (no or failed credentials):
    /// refused over it, never queued. Default 10 requests/s, burst 50.
    /// </summary>
    public QuotaOptions Anonymous { get; set; } = new() { PermitsPerSecond = 10, Burst = 50 };

    /// <summary>How long a request over its account's rate may wait for its turn; one that would wait longer is refused.</summary>
    public TimeSpan MaxShapingDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The slots every authenticated request (other than expensive work) runs in, shared fairly by accounts.</summary>
    public WorkPoolOptions Work { get; set; } = new();

    /// <summary>Concurrency limit on expensive work (POST of objects, large pages), shared fairly by accounts.</summary>
    public ExpensiveWorkOptions Expensive { get; set; } = new();

    /// <summary>Longest a request may run before it is answered 503. Default 30 seconds.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Kestrel limits against slow and oversized clients.</summary>
    public ConnectionLimitsOptions Connections { get; set; } = new();

    /// <summary>The quota of <paramref name="account"/>: its override, else <see cref="Account"/>.</summary>
    public AccountQuotaOptions QuotaFor(string account) => Accounts.TryGetValue(account, out var quota) ? quota : Account;
}

/// <summary>A token bucket: a sustained rate and how many requests may come at once.</summary>
public class QuotaOptions
{
    /// <summary>Sustained requests per second.</summary>
    [Range(1, 100_000)]
    public int PermitsPerSecond { get; set; } = 20;

    /// <summary>Most requests accepted in a burst (the bucket size); at least PermitsPerSecond.</summary>
    [Range(1, 1_000_000)]
    public int Burst { get; set; } = 40;
}

/// <summary>An account's token bucket, plus how many of its requests may be outstanding at once.</summary>
public sealed class AccountQuotaOptions : QuotaOptions
{
    public AccountQuotaOptions()
    {
        PermitsPerSecond = 200;
        Burst = 2000;
    }

    /// <summary>Requests of the account in flight or waiting (for their turn or a slot); one more is answered 429.</summary>
    [Range(1, 1_000_000)]
    public int MaxPending { get; set; } = 64;
}

/// <summary>Slots for ordinary authenticated requests, handed out fairly between accounts.</summary>
public sealed class WorkPoolOptions
{
    /// <summary>Requests run at once per node. Default 4 per core, at least 8.</summary>
    [Range(1, 100_000)]
    public int ConcurrencyLimit { get; set; } = Math.Max(8, 4 * Environment.ProcessorCount);

    /// <summary>Requests of all accounts waiting for a slot; beyond it 503 (each account's own bound comes first). Default 4,096.</summary>
    [Range(0, 1_000_000)]
    public int QueueLimit { get; set; } = 4096;

    /// <summary>Longest a request waits for a slot before 503. Default 15 seconds.</summary>
    public TimeSpan MaxQueueWait { get; set; } = TimeSpan.FromSeconds(15);
}

/// <summary>The expensive-work pool: a few requests at once, a fair queue, then 503.</summary>
public sealed class ExpensiveWorkOptions
{
    /// <summary>Expensive requests served at once per node. Default 4 (two per core on a 2-core node).</summary>
    [Range(1, 10_000)]
    public int ConcurrencyLimit { get; set; } = 4;

    /// <summary>Expensive requests of all accounts waiting for a slot; beyond it 503. Default 1,024.</summary>
    [Range(0, 1_000_000)]
    public int QueueLimit { get; set; } = 1024;

    /// <summary>Longest a request waits for a slot before 503. Default 15 seconds.</summary>
    public TimeSpan MaxQueueWait { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// A GET of objects or of a manifest asking for at least this many records (<c>limit</c>, or the default
    /// page size without one) counts as expensive. Default 500.
    /// </summary>
    [Range(1, 1_000_000)]
    public int LargePageThreshold { get; set; } = 500;
}

/// <summary>Kestrel limits (ignored by in-process test hosts).</summary>
public sealed class ConnectionLimitsOptions
{
    /// <summary>Time to receive all request headers. Default 10 seconds (slowloris).</summary>
    public TimeSpan RequestHeadersTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Idle time before a keep-alive connection is closed. Default 60 seconds.</summary>
    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Slowest accepted request body upload, bytes per second, after the grace period. Default 1024.</summary>
    [Range(1, 1_000_000_000)]
    public double MinRequestBodyDataRate { get; set; } = 1024;

    /// <summary>Slowest accepted response download, bytes per second, after the grace period. Default 1024.</summary>
    [Range(1, 1_000_000_000)]
    public double MinResponseDataRate { get; set; } = 1024;

    /// <summary>Grace period before the data rates are enforced. Default 10 seconds.</summary>
    public TimeSpan DataRateGracePeriod { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Open connections per node. Default 2000.</summary>
    [Range(1, 1_000_000)]
    public long MaxConcurrentConnections { get; set; } = 2000;

    /// <summary>Total size of a request's headers. Default 32 KiB.</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxRequestHeadersTotalSize { get; set; } = 32 * 1024;

    /// <summary>Number of request headers. Default 100.</summary>
    [Range(1, 10_000)]
    public int MaxRequestHeaderCount { get; set; } = 100;

    /// <summary>Length of the request line (method, URL, version). Default 8 KiB.</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxRequestLineSize { get; set; } = 8 * 1024;

    /// <summary>
    /// Largest request body for anything but a POST of objects, whose limit is its API root's max_content_length
    /// (set per request). Default 10 MiB, the default max_content_length.
    /// </summary>
    [Range(1024, long.MaxValue)]
    public long MaxRequestBodySize { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// Bytes of a request Kestrel reads ahead of the application per connection. Default 256 KiB (Kestrel's own is
    /// 1 MiB): uploads waiting for an expensive-work slot each hold this much, so 2,000 connections could pin 2 GiB
    /// at Kestrel's default; at 256 KiB an upload still streams at full speed on a LAN.
    /// </summary>
    [Range(4096, 64L * 1024 * 1024)]
    public long MaxRequestBufferSize { get; set; } = 256 * 1024;
}
