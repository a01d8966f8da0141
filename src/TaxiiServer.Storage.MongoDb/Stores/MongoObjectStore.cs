using MongoDB.Driver;
using TaxiiServer.Core.Storage;
using TaxiiServer.Storage.MongoDb.Clock;
using TaxiiServer.Storage.MongoDb.Documents;
using TaxiiServer.Storage.MongoDb.Filters;

namespace TaxiiServer.Storage.MongoDb.Stores;

/// <summary>
/// STIX objects in MongoDB. "Durable" means acknowledged with the configured write concern: by default a majority
/// of the replica set, journaled. Adding is in <c>MongoObjectStore.Add.cs</c>, reading in <c>MongoObjectStore.Query.cs</c>.
/// </summary>
internal sealed partial class MongoObjectStore(MongoStoreContext context) : IObjectStore
{
    private readonly DateAddedClock _clock = new(context);

    public async Task<int> DeleteAsync(ObjectQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Ids.Count == 0)
        {
            throw new ArgumentException("DeleteAsync needs the id of the object to delete.", nameof(query));
        }

        // Two steps: read the versions of the id(s) through objects_by_id, choose in memory (an object has few
        // versions), then delete by primary key.
        var versions = await context.Executor.ExecuteAsync(
            token => context.Objects.Find(ObjectFilters.ForObjects(query.CollectionId, query.Ids.Distinct(StringComparer.Ordinal)))
                .Project<ObjectDocument>(ObjectFilters.WithoutRaw)
                .ToListAsync(token),
            ct);

        var doomed = versions
            .GroupBy(d => d.StixId, StringComparer.Ordinal)
            .SelectMany(g => VersionSelection.Select(g.ToList(), query.SpecVersions, query.Versions))
            .Select(d => d.Key)
            .ToList();
        if (doomed.Count == 0)
        {
            return 0;
        }

        var result = await context.Executor.ExecuteAsync(
            token => context.Objects.DeleteManyAsync(ObjectFilters.ForKeys(query.CollectionId, doomed), token), ct);
        return checked((int)result.DeletedCount);
    }

    public Task<bool> ExistsAsync(string collectionId, string id, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(collectionId);
        ArgumentException.ThrowIfNullOrEmpty(id);

        // Index: objects_by_id; Limit(1) stops at the first key.
        return context.Executor.ExecuteAsync(
            token => context.Objects.Find(ObjectFilters.ForObject(collectionId, id)).Limit(1).AnyAsync(token), ct);
    }

    public Task<long> CountAsync(string collectionId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(collectionId);

        // Index: objects_paging prefix; counted from the index without fetching documents.
        return context.Executor.ExecuteAsync(
            token => context.Objects.CountDocumentsAsync(ObjectFilters.InCollection(collectionId), cancellationToken: token), ct);
    }

    public async Task<long> DeleteCollectionAsync(string collectionId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(collectionId);

        // Index: objects_paging prefix. The collection's clock is kept, so a collection re-created under the same id
        // still never hands out a date_added below one already served.
        var result = await context.Executor.ExecuteAsync(
            token => context.Objects.DeleteManyAsync(ObjectFilters.InCollection(collectionId), token), ct);
        return result.DeletedCount;
    }
}
