using MongoDB.Driver;
using TaxiiServer.Core.Storage;
using TaxiiServer.Storage.MongoDb.Documents;

namespace TaxiiServer.Storage.MongoDb.Filters;

/// <summary>Filters and sorts of the API keys and audit collections, and the administration reads of grants.</summary>
internal static class AdminFilters
{
    /// <summary>Every account by name. Index: _id (the name).</summary>
    public static SortDefinition<AccountDocument> AccountsByName { get; } =
        Builders<AccountDocument>.Sort.Ascending(d => d.Name);

    /// <summary>Authentication's one read. Index: api_keys_secret_hash_unique.</summary>
    public static FilterDefinition<ApiKeyDocument> KeyBySecretHash(string secretHash) =>
        Builders<ApiKeyDocument>.Filter.Eq(d => d.SecretHash, secretHash);

    /// <summary>Index: _id.</summary>
    public static FilterDefinition<ApiKeyDocument> Key(string id) =>
        Builders<ApiKeyDocument>.Filter.Eq(d => d.KeyId, id);

    /// <summary>Index: api_keys_by_account (account, created, _id), which also gives the order.</summary>
    public static FilterDefinition<ApiKeyDocument> KeysOf(string account) =>
        Builders<ApiKeyDocument>.Filter.Eq(d => d.Account, account);

    /// <summary>Oldest key first. Index: api_keys_by_account.</summary>
    public static SortDefinition<ApiKeyDocument> KeysByCreation { get; } =
        Builders<ApiKeyDocument>.Sort.Ascending(d => d.Created).Ascending(d => d.KeyId);

    /// <summary>
    /// The key, only when its last use is unset or before <paramref name="notAfter"/>: the condition makes the
    /// last-used write happen at most once per interval across all nodes. Index: _id.
    /// </summary>
    public static FilterDefinition<ApiKeyDocument> KeyToTouch(string id, long notAfter)
    {
        var f = Builders<ApiKeyDocument>.Filter;
        return f.Eq(d => d.KeyId, id) & (f.Eq(d => d.LastUsed, null) | f.Lt(d => d.LastUsed, notAfter));
    }

    /// <summary>Index: grants_by_collection (collection_id, account), which also gives the order.</summary>
    public static FilterDefinition<GrantDocument> GrantsOn(string collectionId) =>
        Builders<GrantDocument>.Filter.Eq(d => d.CollectionId, collectionId);

    /// <summary>Index: grants_by_collection.</summary>
    public static SortDefinition<GrantDocument> GrantsByAccount { get; } =
        Builders<GrantDocument>.Sort.Ascending(d => d.Account);

    /// <summary>One grant. Index: grants_account_collection_unique.</summary>
    public static FilterDefinition<GrantDocument> Grant(string account, string collectionId) =>
        Builders<GrantDocument>.Filter.Eq(d => d.Account, account) & Builders<GrantDocument>.Filter.Eq(d => d.CollectionId, collectionId);

    /// <summary>
    /// The audit query. Index: audit_by_time (ts, _id) unfiltered, audit_by_actor / audit_by_action (field, ts, _id)
    /// with an actor or action; the cursor continues strictly after the last (ts, _id) served, newest first.
    /// </summary>
    public static FilterDefinition<AuditDocument> Audit(AuditQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var f = Builders<AuditDocument>.Filter;
        var filters = new List<FilterDefinition<AuditDocument>>();
        if (query.Actor is { } actor)
        {
            filters.Add(f.Eq(d => d.Actor, actor));
        }

        if (query.Action is { } action)
        {
            filters.Add(f.Eq(d => d.Action, action));
        }

        if (query.Since is { } since)
        {
            filters.Add(f.Gte(d => d.Timestamp, since.Microseconds));
        }

        if (query.Until is { } until)
        {
            filters.Add(f.Lt(d => d.Timestamp, until.Microseconds));
        }

        if (query.Cursor is { } cursor)
        {
            filters.Add(f.Lt(d => d.Timestamp, cursor.Timestamp.Microseconds) |
                (f.Eq(d => d.Timestamp, cursor.Timestamp.Microseconds) & f.Lt(d => d.RecordId, cursor.Id)));
        }

        return filters.Count == 0 ? f.Empty : f.And(filters);
    }

    /// <summary>Newest first, ties broken by id so paging is exact.</summary>
    public static SortDefinition<AuditDocument> AuditNewestFirst { get; } =
        Builders<AuditDocument>.Sort.Descending(d => d.Timestamp).Descending(d => d.RecordId);
}
