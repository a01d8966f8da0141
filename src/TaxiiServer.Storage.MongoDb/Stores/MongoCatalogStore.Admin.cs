using TaxiiServer.Core.Taxii;
using TaxiiServer.Storage.MongoDb.Filters;
using TaxiiServer.Storage.MongoDb.Updates;

namespace TaxiiServer.Storage.MongoDb.Stores;

/// <summary>The administration side of the catalog store: updates and deletions, each by _id.</summary>
internal sealed partial class MongoCatalogStore
{
    public async Task<bool> UpdateApiRootAsync(ApiRootInfo apiRoot, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(apiRoot);
        var result = await context.Executor.ExecuteAsync(
            token => context.ApiRoots.UpdateOneAsync(CatalogFilters.ApiRoot(apiRoot.Name), AdminUpdates.ApiRoot(apiRoot),
                cancellationToken: token), ct);
        return result.MatchedCount > 0;
    }

    public async Task<bool> DeleteApiRootAsync(string name, CancellationToken ct)
    {
        var result = await context.Executor.ExecuteAsync(
            token => context.ApiRoots.DeleteOneAsync(CatalogFilters.ApiRoot(name), token), ct);
        return result.DeletedCount > 0;
    }

    public async Task<bool> UpdateCollectionAsync(CollectionInfo collection, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(collection);
        var result = await context.Executor.ExecuteAsync(
            token => context.Collections.UpdateOneAsync(CatalogFilters.Collection(collection.Id),
                AdminUpdates.Collection(collection), cancellationToken: token), ct);
        return result.MatchedCount > 0;
    }

    public async Task<bool> DeleteCollectionAsync(string id, CancellationToken ct)
    {
        var result = await context.Executor.ExecuteAsync(
            token => context.Collections.DeleteOneAsync(CatalogFilters.Collection(id), token), ct);
        return result.DeletedCount > 0;
    }
}
