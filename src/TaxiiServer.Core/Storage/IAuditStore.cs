using TaxiiServer.Core.Access;

namespace TaxiiServer.Core.Storage;

/// <summary>The append-only audit trail.</summary>
public interface IAuditStore
{
    /// <summary>Appends one record; returns once it is durable.</summary>
    Task AppendAsync(AuditRecord record, CancellationToken ct);

    /// <summary>Records matching the filters, newest first (by timestamp, then id, both descending).</summary>
    Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken ct);
}
