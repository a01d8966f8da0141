using MongoDB.Driver;
using TaxiiServer.Storage.MongoDb.Documents;

namespace TaxiiServer.Storage.MongoDb.Indexes;

/// <summary>
/// Secondary indexes of the small collections. Discovery, API roots, accounts and date_added clocks need none: they
/// are only read by _id.
/// </summary>
internal static class OtherIndexes
{
    public const string StatusesCompletedAt = "statuses_completed_at";
    public const string CollectionsByApiRoot = "collections_by_api_root";
    public const string GrantsUnique = "grants_account_collection_unique";

    /// <summary>Purge by completion time; partial, so pending statuses (no completed_at) cost nothing.</summary>
    public static IReadOnlyList<CreateIndexModel<StatusDocument>> Statuses { get; } =
    [
        new(Builders<StatusDocument>.IndexKeys.Ascending(d => d.CompletedAt),
            new CreateIndexOptions<StatusDocument>
            {
                Name = StatusesCompletedAt,
                PartialFilterExpression = Builders<StatusDocument>.Filter.Exists(d => d.CompletedAt),
            }),
    ];

    /// <summary>An API root's collections, already in (title, id) order.</summary>
    public static IReadOnlyList<CreateIndexModel<CollectionDocument>> Collections { get; } =
    [
        new(Builders<CollectionDocument>.IndexKeys.Ascending(d => d.ApiRoot).Ascending(d => d.Title).Ascending(d => d.CollectionId),
            new CreateIndexOptions { Name = CollectionsByApiRoot }),
    ];

    /// <summary>One grant per (account, collection); its account prefix lists an account's grants in collection order.</summary>
    public static IReadOnlyList<CreateIndexModel<GrantDocument>> Grants { get; } =
    [
        new(Builders<GrantDocument>.IndexKeys.Ascending(d => d.Account).Ascending(d => d.CollectionId),
            new CreateIndexOptions { Name = GrantsUnique, Unique = true }),
    ];

}
