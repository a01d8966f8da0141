using MongoDB.Driver;
using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;
using TaxiiServer.Core.Taxii;
using TaxiiServer.Storage.MongoDb.Documents;
using TaxiiServer.Storage.MongoDb.Filters;

namespace TaxiiServer.Storage.MongoDb.Stores;

/// <summary>Status resources, one document each, keyed by (api root, id).</summary>
internal sealed class MongoStatusStore(MongoStoreContext context) : IStatusStore
{
    private static readonly ReplaceOptions Upsert = new() { IsUpsert = true };

    public Task SaveAsync(StatusResource status, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(status);
        var document = DocumentMapping.ToDocument(status);

        // Index: _id. A replace keeps the _id, so create and update are the same idempotent upsert.
        return context.Executor.ExecuteAsync(
            token => context.Statuses.ReplaceOneAsync(StatusFilters.Status(status.ApiRoot, status.Id), document, Upsert, token),
            ct);
    }

    public async Task<StatusResource?> FindAsync(string apiRoot, string id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(apiRoot);
        ArgumentNullException.ThrowIfNull(id);
        // Index: _id.
        var document = await context.Executor.ExecuteAsync(
            token => context.Statuses.Find(StatusFilters.Status(apiRoot, id)).FirstOrDefaultAsync(token), ct);
        return document is null ? null : DocumentMapping.ToStatus(document);
    }

    public async Task<int> PurgeAsync(TaxiiTimestamp completedBefore, CancellationToken ct)
    {
        // Index: statuses_completed_at, a range scan; pending statuses are not in it.
        var result = await context.Executor.ExecuteAsync(
            token => context.Statuses.DeleteManyAsync(StatusFilters.CompletedBefore(completedBefore.Microseconds), token), ct);
        return checked((int)result.DeletedCount);
    }
}
