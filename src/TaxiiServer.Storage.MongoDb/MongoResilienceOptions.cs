using System.ComponentModel.DataAnnotations;

namespace TaxiiServer.Storage.MongoDb;

/// <summary>
/// The resilience pipeline around each store call (bound from <c>Taxii:Storage:MongoDb:Resilience</c>).
/// Defaults: 3 retries with exponential backoff from 200 ms plus jitter; the circuit opens when half of at least
/// 10 calls in 30 s failed transiently, for 15 s; a whole call (retries included) is cut off after 15 s.
/// </summary>
public sealed class MongoResilienceOptions
{
    /// <summary>Retries after the first attempt, for transient errors only; default 3.</summary>
    [Range(0, 10)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Delay before the first retry; doubles on each retry, with jitter; default 200 ms.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:30")]
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Share of failed calls in the sampling window that opens the circuit; default 0.5.</summary>
    [Range(0.01, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Window over which the failure ratio is measured; default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Calls the window must hold before the ratio counts; default 10.</summary>
    [Range(2, 10_000)]
    public int BreakerMinimumThroughput { get; set; } = 10;

    /// <summary>How long the circuit stays open (and the Retry-After given to clients); default 15 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "00:10:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Upper bound of one store call, retries included; default 15 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);
}
