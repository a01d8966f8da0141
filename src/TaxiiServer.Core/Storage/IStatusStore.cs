using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Taxii;

namespace TaxiiServer.Core.Storage;

/// <summary>Status resources of POSTs; they survive restarts and are purged some time after completion.</summary>
public interface IStatusStore
{
    /// <summary>Creates or replaces a status resource.</summary>
    Task SaveAsync(StatusResource status, CancellationToken ct);

    Task<StatusResource?> FindAsync(string apiRoot, string id, CancellationToken ct);

    /// <summary>Deletes completed statuses whose completion is older than <paramref name="completedBefore"/>.</summary>
    Task<int> PurgeAsync(TaxiiTimestamp completedBefore, CancellationToken ct);
}
