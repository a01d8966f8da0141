using MongoDB.Driver;
using TaxiiServer.Core.Access;
using TaxiiServer.Storage.MongoDb.Documents;
using TaxiiServer.Storage.MongoDb.Filters;
using TaxiiServer.Storage.MongoDb.Updates;

namespace TaxiiServer.Storage.MongoDb.Stores;

/// <summary>The administration side of the account store: listing, flags, deletion and grant changes.</summary>
internal sealed partial class MongoAccountStore
{
    public async Task<IReadOnlyList<Account>> ListAsync(CancellationToken ct)
    {
        // Index: _id (the name) gives the order.
        var documents = await context.Executor.ExecuteAsync(
            token => context.Accounts.Find(FilterDefinition<AccountDocument>.Empty)
                .Sort(AdminFilters.AccountsByName).ToListAsync(token), ct);
        return documents.Select(DocumentMapping.ToAccount).ToList();
    }

    public Task<bool> SetDisabledAsync(string name, bool disabled, CancellationToken ct) =>
        UpdateAccountAsync(name, AdminUpdates.SetDisabled(disabled), ct);

    public Task<bool> SetAdminAsync(string name, bool isAdmin, CancellationToken ct) =>
        UpdateAccountAsync(name, AdminUpdates.SetAdmin(isAdmin), ct);

    public async Task<bool> DeleteAsync(string name, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(name);
        // The account first: once it is gone it cannot authenticate, whatever happens to the grant deletion after.
        var deleted = await context.Executor.ExecuteAsync(
            token => context.Accounts.DeleteOneAsync(AccessFilters.Account(name), token), ct);
        await context.Executor.ExecuteAsync(
            token => context.Grants.DeleteManyAsync(AccessFilters.GrantsOf(name), token), ct);
        return deleted.DeletedCount > 0;
    }

    public async Task<bool> SetGrantAsync(Grant grant, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(grant);
        // Index: grants_account_collection_unique; an upsert racing another upsert of the same pair hits the unique
        // index, and a retry of the update then succeeds.
        var result = await context.Executor.ExecuteAsync(
            token => context.Grants.UpdateOneAsync(AdminFilters.Grant(grant.Account, grant.CollectionId),
                AdminUpdates.SetRights(grant), new UpdateOptions { IsUpsert = true }, token), ct);
        return result.UpsertedId is not null;
    }

    public async Task<bool> RemoveGrantAsync(string account, string collectionId, CancellationToken ct)
    {
        var result = await context.Executor.ExecuteAsync(
            token => context.Grants.DeleteOneAsync(AdminFilters.Grant(account, collectionId), token), ct);
        return result.DeletedCount > 0;
    }

    public async Task<IReadOnlyList<Grant>> GetGrantsOnCollectionAsync(string collectionId, CancellationToken ct)
    {
        var documents = await context.Executor.ExecuteAsync(
            token => context.Grants.Find(AdminFilters.GrantsOn(collectionId)).Sort(AdminFilters.GrantsByAccount).ToListAsync(token),
            ct);
        return documents.Select(DocumentMapping.ToGrant).ToList();
    }

    public async Task<int> RemoveGrantsOnCollectionAsync(string collectionId, CancellationToken ct)
    {
        var result = await context.Executor.ExecuteAsync(
            token => context.Grants.DeleteManyAsync(AdminFilters.GrantsOn(collectionId), token), ct);
        return checked((int)result.DeletedCount);
    }

    private async Task<bool> UpdateAccountAsync(string name, UpdateDefinition<AccountDocument> update, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(name);
        var result = await context.Executor.ExecuteAsync(
            token => context.Accounts.UpdateOneAsync(AccessFilters.Account(name), update, cancellationToken: token), ct);
        return result.MatchedCount > 0;
    }
}
