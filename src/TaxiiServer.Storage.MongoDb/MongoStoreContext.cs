using Microsoft.Extensions.Options;
using MongoDB.Driver;
using TaxiiServer.Storage.MongoDb.Documents;
using TaxiiServer.Storage.MongoDb.Resilience;

namespace TaxiiServer.Storage.MongoDb;

/// <summary>
/// The typed collections of the configured database, the resilience executor and the clock source the stores share.
/// Singleton: collections and the pipeline (with its circuit state) are thread-safe and meant to live as long as the
/// client.
/// </summary>
internal sealed class MongoStoreContext
{
    public MongoStoreContext(IMongoClient client, IOptions<MongoStorageOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Value;
        Client = client;
        TimeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        Executor = new MongoStoreExecutor(Options.Resilience, timeProvider);

        // Write concern and read concern are set on the database too, not only on the client, so they hold even
        // when the host registered its own IMongoClient.
        Database = client.GetDatabase(Options.Database)
            .WithWriteConcern(MongoClientSettingsFactory.CreateWriteConcern(Options))
            .WithReadConcern(ReadConcern.Majority)
            .WithReadPreference(ReadPreference.Primary);

        Objects = Database.GetCollection<ObjectDocument>(CollectionNames.Objects);
        Clocks = Database.GetCollection<DateAddedClockDocument>(CollectionNames.DateAddedClocks);
        Statuses = Database.GetCollection<StatusDocument>(CollectionNames.Statuses);
        Discovery = Database.GetCollection<DiscoveryDocument>(CollectionNames.Discovery);
        ApiRoots = Database.GetCollection<ApiRootDocument>(CollectionNames.ApiRoots);
        Collections = Database.GetCollection<CollectionDocument>(CollectionNames.Collections);
        Accounts = Database.GetCollection<AccountDocument>(CollectionNames.Accounts);
        Grants = Database.GetCollection<GrantDocument>(CollectionNames.Grants);
        ApiKeys = Database.GetCollection<ApiKeyDocument>(CollectionNames.ApiKeys);
        Audit = Database.GetCollection<AuditDocument>(CollectionNames.Audit);
    }

    public MongoStorageOptions Options { get; }

    public TimeProvider TimeProvider { get; }

    public MongoStoreExecutor Executor { get; }

    public IMongoClient Client { get; }

    public IMongoDatabase Database { get; }

    public IMongoCollection<ObjectDocument> Objects { get; }

    public IMongoCollection<DateAddedClockDocument> Clocks { get; }

    public IMongoCollection<StatusDocument> Statuses { get; }

    public IMongoCollection<DiscoveryDocument> Discovery { get; }

    public IMongoCollection<ApiRootDocument> ApiRoots { get; }

    public IMongoCollection<CollectionDocument> Collections { get; }

    public IMongoCollection<AccountDocument> Accounts { get; }

    public IMongoCollection<GrantDocument> Grants { get; }

    public IMongoCollection<ApiKeyDocument> ApiKeys { get; }

    public IMongoCollection<AuditDocument> Audit { get; }

    /// <summary>Now, in microseconds since the Unix epoch, on this node's clock.</summary>
    public long NowMicros => Core.Stix.TaxiiTimestamp.FromDateTimeOffset(TimeProvider.GetUtcNow()).Microseconds;
}
