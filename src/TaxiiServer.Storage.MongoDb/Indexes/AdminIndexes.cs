using MongoDB.Driver;
using TaxiiServer.Storage.MongoDb.Documents;

namespace TaxiiServer.Storage.MongoDb.Indexes;

/// <summary>Indexes of the API keys and audit collections, and the grants-by-collection index.</summary>
internal static class AdminIndexes
{
    public const string KeysBySecretHash = "api_keys_secret_hash_unique";
    public const string KeysByAccount = "api_keys_by_account";
    public const string AuditByTime = "audit_by_time";
    public const string AuditByActor = "audit_by_actor";
    public const string AuditByAction = "audit_by_action";
    public const string GrantsByCollection = "grants_by_collection";

    /// <summary>Authentication finds a key by the hash of its secret; a list shows an account's keys oldest first.</summary>
    public static IReadOnlyList<CreateIndexModel<ApiKeyDocument>> ApiKeys { get; } =
    [
        new(Builders<ApiKeyDocument>.IndexKeys.Ascending(d => d.SecretHash),
            new CreateIndexOptions { Name = KeysBySecretHash, Unique = true }),
        new(Builders<ApiKeyDocument>.IndexKeys.Ascending(d => d.Account).Ascending(d => d.Created).Ascending(d => d.KeyId),
            new CreateIndexOptions { Name = KeysByAccount }),
    ];

    /// <summary>The trail newest first, whole or by actor or action (an index walked backwards serves a descending sort).</summary>
    public static IReadOnlyList<CreateIndexModel<AuditDocument>> Audit { get; } =
    [
        new(Builders<AuditDocument>.IndexKeys.Ascending(d => d.Timestamp).Ascending(d => d.RecordId),
            new CreateIndexOptions { Name = AuditByTime }),
        new(Builders<AuditDocument>.IndexKeys.Ascending(d => d.Actor).Ascending(d => d.Timestamp).Ascending(d => d.RecordId),
            new CreateIndexOptions { Name = AuditByActor }),
        new(Builders<AuditDocument>.IndexKeys.Ascending(d => d.Action).Ascending(d => d.Timestamp).Ascending(d => d.RecordId),
            new CreateIndexOptions { Name = AuditByAction }),
    ];

    /// <summary>Who holds grants on a collection, by account.</summary>
    public static IReadOnlyList<CreateIndexModel<GrantDocument>> Grants { get; } =
    [
        new(Builders<GrantDocument>.IndexKeys.Ascending(d => d.CollectionId).Ascending(d => d.Account),
            new CreateIndexOptions { Name = GrantsByCollection }),
    ];
}
