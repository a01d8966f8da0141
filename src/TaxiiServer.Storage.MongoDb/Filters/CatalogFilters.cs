using MongoDB.Driver;
using TaxiiServer.Storage.MongoDb.Documents;

namespace TaxiiServer.Storage.MongoDb.Filters;

/// <summary>Filters and sorts of the catalog collections (discovery, API roots, collections), with the index each uses.</summary>
internal static class CatalogFilters
{
    /// <summary>All API roots by name. Index: _id (the name).</summary>
    public static SortDefinition<ApiRootDocument> ApiRootsByName { get; } =
        Builders<ApiRootDocument>.Sort.Ascending(d => d.Name);

    /// <summary>Index: _id.</summary>
    public static FilterDefinition<ApiRootDocument> ApiRoot(string name) =>
        Builders<ApiRootDocument>.Filter.Eq(d => d.Name, name);

    /// <summary>The collections of one API root. Index: collections_by_api_root (api_root, title, _id), which also gives the order.</summary>
    public static FilterDefinition<CollectionDocument> CollectionsOf(string apiRoot) =>
        Builders<CollectionDocument>.Filter.Eq(d => d.ApiRoot, apiRoot);

    /// <summary>By title, then id: a stable order even when titles repeat. Index: collections_by_api_root.</summary>
    public static SortDefinition<CollectionDocument> CollectionsByTitle { get; } =
        Builders<CollectionDocument>.Sort.Ascending(d => d.Title).Ascending(d => d.CollectionId);

    /// <summary>Index: _id.</summary>
    public static FilterDefinition<CollectionDocument> Collection(string id) =>
        Builders<CollectionDocument>.Filter.Eq(d => d.CollectionId, id);

    /// <summary>Index: _id (the fixed singleton key).</summary>
    public static FilterDefinition<DiscoveryDocument> Discovery { get; } =
        Builders<DiscoveryDocument>.Filter.Eq(d => d.Key, DiscoveryDocument.SingletonKey);
}
