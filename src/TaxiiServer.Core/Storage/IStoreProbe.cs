namespace TaxiiServer.Core.Storage;

/// <summary>A cheap round trip to the backend for readiness checks; no retries, so it answers quickly.</summary>
public interface IStoreProbe
{
    /// <summary>Throws when the backend cannot serve requests right now.</summary>
    Task PingAsync(CancellationToken ct);
}
