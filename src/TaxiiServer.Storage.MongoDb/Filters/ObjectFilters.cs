using MongoDB.Bson;
using MongoDB.Driver;
using TaxiiServer.Storage.MongoDb.Documents;

namespace TaxiiServer.Storage.MongoDb.Filters;

/// <summary>
/// Filters, sorts and projections over the objects collection. Each says which index of <c>ObjectIndexes</c> serves it.
/// </summary>
internal static class ObjectFilters
{
    private static FilterDefinitionBuilder<ObjectDocument> F => Builders<ObjectDocument>.Filter;

    /// <summary>All records of a collection (CountAsync). Index: objects_paging, by its collection_id prefix.</summary>
    public static FilterDefinition<ObjectDocument> InCollection(string collectionId) =>
        F.Eq(d => d.CollectionId, collectionId);

    /// <summary>Every version of one object (ExistsAsync, DeleteAsync). Index: objects_by_id, by its (collection_id, id) prefix.</summary>
    public static FilterDefinition<ObjectDocument> ForObject(string collectionId, string id) =>
        F.Eq(d => d.CollectionId, collectionId) & F.Eq(d => d.StixId, id);

    /// <summary>Every version of the objects of an AddAsync batch. Index: objects_by_id, (collection_id, id) prefix, one range per id.</summary>
    public static FilterDefinition<ObjectDocument> ForObjects(string collectionId, IEnumerable<string> ids) =>
        F.Eq(d => d.CollectionId, collectionId) & F.In(d => d.StixId, ids);

    /// <summary>One (id, version) after a duplicate-key error. Index: objects_version_unique, exact match.</summary>
    public static FilterDefinition<ObjectDocument> ForVersion(string collectionId, string id, string versionKey) =>
        F.Eq(d => d.CollectionId, collectionId) & F.Eq(d => d.StixId, id) & F.Eq(d => d.VersionKey, versionKey);

    /// <summary>Records picked for deletion, by primary key; collection_id repeated so a stray key cannot cross collections.</summary>
    public static FilterDefinition<ObjectDocument> ForKeys(string collectionId, IEnumerable<ObjectId> keys) =>
        F.Eq(d => d.CollectionId, collectionId) & F.In(d => d.Key, keys);

    /// <summary>Ascending date_added: the order of every page. Index: objects_paging (or objects_by_type under a type filter).</summary>
    public static SortDefinition<ObjectDocument> DateAddedAscending { get; } =
        Builders<ObjectDocument>.Sort.Ascending(d => d.DateAdded);

    /// <summary>Everything but the raw JSON: manifests, version lists, and the reads AddAsync and DeleteAsync do.</summary>
    public static ProjectionDefinition<ObjectDocument> WithoutRaw { get; } =
        Builders<ObjectDocument>.Projection.Exclude(d => d.Raw);
}
