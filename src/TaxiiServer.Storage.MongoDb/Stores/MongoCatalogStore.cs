using MongoDB.Driver;
using TaxiiServer.Core.Storage;
using TaxiiServer.Core.Taxii;
using TaxiiServer.Storage.MongoDb.Documents;
using TaxiiServer.Storage.MongoDb.Filters;

namespace TaxiiServer.Storage.MongoDb.Stores;

/// <summary>Discovery, API roots and collections. Create methods insert and read a duplicate key as "already there".</summary>
internal sealed partial class MongoCatalogStore(MongoStoreContext context) : ICatalogStore
{
    public async Task<DiscoveryInfo?> GetDiscoveryAsync(CancellationToken ct)
    {
        // Index: _id.
        var document = await context.Executor.ExecuteAsync(
            token => context.Discovery.Find(CatalogFilters.Discovery).FirstOrDefaultAsync(token), ct);
        return document is null ? null : DocumentMapping.ToDiscovery(document);
    }

    public Task<bool> TryCreateDiscoveryAsync(DiscoveryInfo discovery, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(discovery);
        return DuplicateKey.TryInsertAsync(context, context.Discovery, DocumentMapping.ToDocument(discovery), ct);
    }

    public async Task<IReadOnlyList<ApiRootInfo>> GetApiRootsAsync(CancellationToken ct)
    {
        // Index: _id, which is the name, so the sort needs no separate index.
        var documents = await context.Executor.ExecuteAsync(
            token => context.ApiRoots.Find(FilterDefinition<ApiRootDocument>.Empty)
                .Sort(CatalogFilters.ApiRootsByName)
                .ToListAsync(token),
            ct);
        return documents.Select(DocumentMapping.ToApiRoot).ToList();
    }

    public async Task<ApiRootInfo?> FindApiRootAsync(string name, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(name);
        // Index: _id.
        var document = await context.Executor.ExecuteAsync(
            token => context.ApiRoots.Find(CatalogFilters.ApiRoot(name)).FirstOrDefaultAsync(token), ct);
        return document is null ? null : DocumentMapping.ToApiRoot(document);
    }

    public Task<bool> TryCreateApiRootAsync(ApiRootInfo apiRoot, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(apiRoot);
        return DuplicateKey.TryInsertAsync(context, context.ApiRoots, DocumentMapping.ToDocument(apiRoot), ct);
    }

    public async Task<IReadOnlyList<CollectionInfo>> GetCollectionsAsync(string apiRoot, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(apiRoot);
        // Index: collections_by_api_root (api_root, title, _id): filter and order in one index walk.
        var documents = await context.Executor.ExecuteAsync(
            token => context.Collections.Find(CatalogFilters.CollectionsOf(apiRoot))
                .Sort(CatalogFilters.CollectionsByTitle)
                .ToListAsync(token),
            ct);
        return documents.Select(DocumentMapping.ToCollection).ToList();
    }

    public async Task<CollectionInfo?> FindCollectionAsync(string id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(id);
        // Index: _id.
        var document = await context.Executor.ExecuteAsync(
            token => context.Collections.Find(CatalogFilters.Collection(id)).FirstOrDefaultAsync(token), ct);
        return document is null ? null : DocumentMapping.ToCollection(document);
    }

    public Task<bool> TryCreateCollectionAsync(CollectionInfo collection, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return DuplicateKey.TryInsertAsync(context, context.Collections, DocumentMapping.ToDocument(collection), ct);
    }
}
