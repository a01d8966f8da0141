using MongoDB.Driver;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Storage.MongoDb.Indexes;

/// <summary>
/// Creates the store's indexes at start-up. createIndexes with the same name and keys is a no-op on the server,
/// so every node may run it on every start; a changed definition under an existing name fails loudly instead of
/// leaving a stale index behind.
/// </summary>
internal sealed class MongoStoreInitializer(MongoStoreContext context) : IStoreInitializer
{
    public async Task InitializeAsync(CancellationToken ct)
    {
        await CreateAsync(context.Objects, ObjectIndexes.All, ct);
        await CreateAsync(context.Statuses, OtherIndexes.Statuses, ct);
        await CreateAsync(context.Collections, OtherIndexes.Collections, ct);
        await CreateAsync(context.Grants, OtherIndexes.Grants, ct);
        await CreateAsync(context.Grants, AdminIndexes.Grants, ct);
        await CreateAsync(context.ApiKeys, AdminIndexes.ApiKeys, ct);
        await CreateAsync(context.Audit, AdminIndexes.Audit, ct);
    }

    private async Task CreateAsync<T>(IMongoCollection<T> collection, IReadOnlyList<CreateIndexModel<T>> models, CancellationToken ct) =>
        await context.Executor.ExecuteAsync(token => collection.Indexes.CreateManyAsync(models, token), ct);
}
