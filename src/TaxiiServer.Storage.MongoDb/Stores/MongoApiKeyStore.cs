using MongoDB.Driver;
using TaxiiServer.Core.Access;
using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;
using TaxiiServer.Storage.MongoDb.Documents;
using TaxiiServer.Storage.MongoDb.Filters;
using TaxiiServer.Storage.MongoDb.Updates;

namespace TaxiiServer.Storage.MongoDb.Stores;

/// <summary>API keys keyed by id, found at authentication by the unique hash of their secret.</summary>
internal sealed class MongoApiKeyStore(MongoStoreContext context) : IApiKeyStore
{
    public Task<bool> TryCreateAsync(ApiKey key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(key);
        // A duplicate _id or secret_hash (unique index) is "exists".
        return DuplicateKey.TryInsertAsync(context, context.ApiKeys, AdminDocumentMapping.ToDocument(key), ct);
    }

    public Task<ApiKey?> FindBySecretHashAsync(string secretHash, CancellationToken ct) =>
        FindOneAsync(AdminFilters.KeyBySecretHash(secretHash), ct);

    public Task<ApiKey?> FindAsync(string id, CancellationToken ct) => FindOneAsync(AdminFilters.Key(id), ct);

    public async Task<IReadOnlyList<ApiKey>> ListAsync(string account, CancellationToken ct)
    {
        var documents = await context.Executor.ExecuteAsync(
            token => context.ApiKeys.Find(AdminFilters.KeysOf(account)).Sort(AdminFilters.KeysByCreation).ToListAsync(token), ct);
        return documents.Select(AdminDocumentMapping.ToApiKey).ToList();
    }

    public async Task<bool> RevokeAsync(string id, CancellationToken ct)
    {
        var result = await context.Executor.ExecuteAsync(
            token => context.ApiKeys.UpdateOneAsync(AdminFilters.Key(id), AdminUpdates.Revoke, cancellationToken: token), ct);
        return result.MatchedCount > 0;
    }

    public async Task<bool> TouchAsync(string id, TaxiiTimestamp now, TaxiiTimestamp notAfter, CancellationToken ct)
    {
        var result = await context.Executor.ExecuteAsync(
            token => context.ApiKeys.UpdateOneAsync(AdminFilters.KeyToTouch(id, notAfter.Microseconds),
                AdminUpdates.Touch(now.Microseconds), cancellationToken: token), ct);
        return result.ModifiedCount > 0;
    }

    public async Task<int> DeleteAllOfAsync(string account, CancellationToken ct)
    {
        var result = await context.Executor.ExecuteAsync(
            token => context.ApiKeys.DeleteManyAsync(AdminFilters.KeysOf(account), token), ct);
        return checked((int)result.DeletedCount);
    }

    private async Task<ApiKey?> FindOneAsync(FilterDefinition<ApiKeyDocument> filter, CancellationToken ct)
    {
        var document = await context.Executor.ExecuteAsync(
            token => context.ApiKeys.Find(filter).FirstOrDefaultAsync(token), ct);
        return document is null ? null : AdminDocumentMapping.ToApiKey(document);
    }
}
