using MongoDB.Driver;
using TaxiiServer.Core.Storage;
using TaxiiServer.Storage.MongoDb.Documents;
using TaxiiServer.Storage.MongoDb.Filters;

namespace TaxiiServer.Storage.MongoDb.Stores;

internal sealed partial class MongoObjectStore
{
    private static readonly ClientSessionOptions CausalSession = new() { CausalConsistency = true };

    public async Task<ObjectPage> QueryAsync(ObjectQuery query, bool includeContent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        ArgumentException.ThrowIfNullOrEmpty(query.CollectionId);

        // Clock and objects are read in one causally consistent session with majority reads: the objects read
        // cannot come from an older snapshot than the clock read, even across a failover.
        using var session = await context.Executor.ExecuteAsync(
            token => context.Client.StartSessionAsync(CausalSession, token), ct);

        // Read only below the watermark: every date_added under it is committed or abandoned, so no record can
        // appear later behind a page served now. Index for the clock: _id.
        var watermark = await _clock.ReadWatermarkAsync(session, query.CollectionId, ct);
        if (query.LowerBound is { } lower && lower.Microseconds >= watermark)
        {
            return new ObjectPage([], false);
        }

        // Indexes: see ObjectQueryPipeline (objects_paging / objects_by_type walk, objects_by_id lookups).
        var pipeline = ObjectQueryPipeline.Build(query, watermark, includeContent);
        var documents = await context.Executor.ExecuteAsync(
            token => context.Objects.Aggregate(session, pipeline, cancellationToken: token).ToListAsync(token), ct);

        var more = documents.Count > query.Limit;
        var items = documents.Take(query.Limit).Select(DocumentMapping.ToStoredObject).ToList();
        return new ObjectPage(items, more);
    }
}
