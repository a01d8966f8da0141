using MongoDB.Driver;

namespace TaxiiServer.Storage.MongoDb.Stores;

/// <summary>"Create unless it exists" as an insert whose duplicate-key error means "it exists": one round trip, no race.</summary>
internal static class DuplicateKey
{
    public static async Task<bool> TryInsertAsync<T>(MongoStoreContext context, IMongoCollection<T> collection, T document, CancellationToken ct)
    {
        try
        {
            await context.Executor.ExecuteAsync(token => collection.InsertOneAsync(document, cancellationToken: token), ct);
            return true;
        }
        catch (MongoWriteException ex) when (ex.WriteError?.Category == ServerErrorCategory.DuplicateKey)
        {
            return false;
        }
    }
}
