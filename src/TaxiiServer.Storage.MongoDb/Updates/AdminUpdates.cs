using MongoDB.Driver;
using TaxiiServer.Core.Access;
using TaxiiServer.Core.Taxii;
using TaxiiServer.Storage.MongoDb.Documents;

namespace TaxiiServer.Storage.MongoDb.Updates;

/// <summary>Updates made by the administration API; each sets only the fields it owns.</summary>
internal static class AdminUpdates
{
    public static UpdateDefinition<AccountDocument> SetDisabled(bool disabled) =>
        Builders<AccountDocument>.Update.Set(d => d.Disabled, disabled);

    public static UpdateDefinition<AccountDocument> SetAdmin(bool isAdmin) =>
        Builders<AccountDocument>.Update.Set(d => d.IsAdmin, isAdmin);

    public static UpdateDefinition<ApiKeyDocument> Revoke { get; } =
        Builders<ApiKeyDocument>.Update.Set(d => d.Revoked, true);

    public static UpdateDefinition<ApiKeyDocument> Touch(long now) =>
        Builders<ApiKeyDocument>.Update.Set(d => d.LastUsed, now);

    /// <summary>Rights of a grant; with an upsert the filter's account and collection_id complete a new document.</summary>
    public static UpdateDefinition<GrantDocument> SetRights(Grant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        return Builders<GrantDocument>.Update.Set(d => d.Read, grant.Read).Set(d => d.Write, grant.Write);
    }

    public static UpdateDefinition<ApiRootDocument> ApiRoot(ApiRootInfo root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var u = Builders<ApiRootDocument>.Update;
        var validation = DocumentMapping.ToDocument(root.Validation);
        return u.Combine(
            u.Set(d => d.Title, root.Title),
            root.Description is null ? u.Unset(d => d.Description) : u.Set(d => d.Description, root.Description),
            u.Set(d => d.MaxContentLength, root.MaxContentLength),
            // The whole sub-document is replaced, so a field cleared to unset disappears with it.
            validation is null ? u.Unset(d => d.Validation) : u.Set(d => d.Validation, validation));
    }

    /// <summary>Everything but the API root, which never changes.</summary>
    public static UpdateDefinition<CollectionDocument> Collection(CollectionInfo collection)
    {
        ArgumentNullException.ThrowIfNull(collection);
        var u = Builders<CollectionDocument>.Update;
        return u.Combine(
            u.Set(d => d.Title, collection.Title),
            collection.Description is null ? u.Unset(d => d.Description) : u.Set(d => d.Description, collection.Description),
            collection.Alias is null ? u.Unset(d => d.Alias) : u.Set(d => d.Alias, collection.Alias),
            u.Set(d => d.MediaTypes, [.. collection.MediaTypes]));
    }
}
