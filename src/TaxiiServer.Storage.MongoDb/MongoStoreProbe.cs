using MongoDB.Bson;
using MongoDB.Driver;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Storage.MongoDb;

/// <summary>
/// Ready when the primary answers a ping (writes need the primary). Deliberately outside the resilience pipeline:
/// a health check must report the backend's state now, not retry its way around it.
/// </summary>
internal sealed class MongoStoreProbe(MongoStoreContext context) : IStoreProbe
{
    private static readonly BsonDocument Ping = new("ping", 1);

    public Task PingAsync(CancellationToken ct) =>
        context.Database.WithReadPreference(ReadPreference.Primary)
            .RunCommandAsync<BsonDocument>(Ping, cancellationToken: ct);
}
