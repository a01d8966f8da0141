using MongoDB.Driver;
using TaxiiServer.Core.Access;
using TaxiiServer.Core.Storage;
using TaxiiServer.Storage.MongoDb.Documents;
using TaxiiServer.Storage.MongoDb.Filters;
using TaxiiServer.Storage.MongoDb.Updates;

namespace TaxiiServer.Storage.MongoDb.Stores;

/// <summary>Accounts keyed by name, and grants unique per (account, collection).</summary>
internal sealed partial class MongoAccountStore(MongoStoreContext context) : IAccountStore
{
    public async Task<Account?> FindAsync(string name, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(name);
        // Index: _id (the name).
        var document = await context.Executor.ExecuteAsync(
            token => context.Accounts.Find(AccessFilters.Account(name)).FirstOrDefaultAsync(token), ct);
        return document is null ? null : DocumentMapping.ToAccount(document);
    }

    public Task<bool> TryCreateAsync(Account account, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(account);
        return DuplicateKey.TryInsertAsync(context, context.Accounts, DocumentMapping.ToDocument(account), ct);
    }

    public async Task<bool> SetPasswordHashAsync(string name, string passwordHash, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrEmpty(passwordHash);
        // Index: _id (the name).
        var result = await context.Executor.ExecuteAsync(
            token => context.Accounts.UpdateOneAsync(AccessFilters.Account(name), AccountUpdates.SetPasswordHash(passwordHash), cancellationToken: token),
            ct);
        return result.MatchedCount > 0;
    }

    public async Task<IReadOnlyList<Grant>> GetGrantsAsync(string account, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(account);
        // Index: grants_account_collection_unique (account, collection_id): filter and order in one index walk.
        var documents = await context.Executor.ExecuteAsync(
            token => context.Grants.Find(AccessFilters.GrantsOf(account)).Sort(AccessFilters.GrantsByCollection).ToListAsync(token),
            ct);
        return documents.Select(DocumentMapping.ToGrant).ToList();
    }

    public Task<bool> TryCreateGrantAsync(Grant grant, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(grant);

        // Index: grants_account_collection_unique turns a second grant for the same pair into a duplicate key.
        return DuplicateKey.TryInsertAsync(context, context.Grants, DocumentMapping.ToDocument(grant), ct);
    }
}
