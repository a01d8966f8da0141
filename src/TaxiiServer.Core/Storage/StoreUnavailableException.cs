namespace TaxiiServer.Core.Storage;

/// <summary>
/// Thrown by a store when its backend cannot be reached after the resilience pipeline gave up (retries exhausted,
/// circuit open, timeout). The HTTP layer answers 503 with Retry-After; nothing was acknowledged.
/// </summary>
public sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException()
    {
    }

    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>How long the caller should wait before retrying, when the backend knows (an open circuit does).</summary>
    public TimeSpan? RetryAfter { get; init; }
}
