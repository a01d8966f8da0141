using MongoDB.Driver;
using TaxiiServer.Storage.MongoDb.Documents;

namespace TaxiiServer.Storage.MongoDb.Indexes;

/// <summary>The indexes of the objects collection: pure definitions, created at start-up by MongoStoreInitializer.</summary>
internal static class ObjectIndexes
{
    public const string VersionUnique = "objects_version_unique";
    public const string Paging = "objects_paging";
    public const string ById = "objects_by_id";
    public const string ByType = "objects_by_type";

    private static IndexKeysDefinitionBuilder<ObjectDocument> K => Builders<ObjectDocument>.IndexKeys;

    public static IReadOnlyList<CreateIndexModel<ObjectDocument>> All { get; } =
    [
        // One record per (collection, id, version): the store's identity rule, and the arbiter of races between nodes.
        new(K.Ascending(d => d.CollectionId).Ascending(d => d.StixId).Ascending(d => d.VersionKey),
            new CreateIndexOptions { Name = VersionUnique, Unique = true }),

        // Pages in date_added order. Unique, because date_added is strictly increasing per collection: a clock bug
        // shows up as a duplicate key instead of two records a cursor could not tell apart.
        new(K.Ascending(d => d.CollectionId).Ascending(d => d.DateAdded),
            new CreateIndexOptions { Name = Paging, Unique = true }),

        // The versions of one id: holds every field the per-id lookups of queries read, so they never fetch documents.
        new(K.Ascending(d => d.CollectionId).Ascending(d => d.StixId).Ascending(d => d.SpecVersion)
                .Ascending(d => d.VersionKey).Ascending(d => d.DateAdded),
            new CreateIndexOptions { Name = ById }),

        // match[type] pages, still in date_added order.
        new(K.Ascending(d => d.CollectionId).Ascending(d => d.Type).Ascending(d => d.DateAdded),
            new CreateIndexOptions { Name = ByType }),
    ];
}
