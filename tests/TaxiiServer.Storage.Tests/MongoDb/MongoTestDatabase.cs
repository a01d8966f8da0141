using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MongoDB.Driver;
using TaxiiServer.Core.Storage;
using TaxiiServer.Storage.MongoDb;
using TaxiiServer.Storage.Tests.Contract;

namespace TaxiiServer.Storage.Tests.MongoDb;

/// <summary>
/// Real-server stores for the contract fixtures. Reads TAXII_TEST_MONGODB_URI (a replica set, since the store uses
/// majority writes and reads); when it is unset the calling test is ignored with a visible reason.
/// </summary>
public static class MongoTestDatabase
{
    public const string UriVariable = "TAXII_TEST_MONGODB_URI";

    /// <summary>The configured URI, or Assert.Ignore when there is none.</summary>
    public static string RequireUri()
    {
        var uri = Environment.GetEnvironmentVariable(UriVariable);
        if (string.IsNullOrWhiteSpace(uri))
        {
            Assert.Ignore("TAXII_TEST_MONGODB_URI not set: MongoDB contract tests skipped");
        }

        return uri!;
    }

    /// <summary>
    /// Stores over a new, uniquely named database, indexes created; disposing the set drops the database. Built
    /// through AddTaxiiMongoStore, so the contract tests also cover the production wiring.
    /// </summary>
    public static async Task<StoreSet> CreateStoresAsync(TimeProvider? clock = null)
    {
        var node = await CreateNodeAsync(NewDatabaseName(), clock: clock);
        return new StoreSet(
            node.Services.GetRequiredService<IObjectStore>(),
            node.Services.GetRequiredService<IStatusStore>(),
            node.Services.GetRequiredService<ICatalogStore>(),
            node.Services.GetRequiredService<IAccountStore>(),
            node.Services.GetRequiredService<IApiKeyStore>(),
            node.Services.GetRequiredService<IAuditStore>(),
            node.DisposeAsync);
    }

    public static string NewDatabaseName() => "taxii_test_" + Guid.NewGuid().ToString("N");

    /// <summary>
    /// One "server node": its own client and stores over <paramref name="database"/>, initialised. Several nodes
    /// over one database model a multi-node deployment. Disposing drops the database.
    /// </summary>
    internal static async Task<MongoTestNode> CreateNodeAsync(
        string database, IDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        var uri = RequireUri();
        var values = new Dictionary<string, string?>
        {
            [MongoStorageOptions.SectionName + ":ConnectionString"] = uri,
            [MongoStorageOptions.SectionName + ":Database"] = database,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[MongoStorageOptions.SectionName + ":" + key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var collection = new ServiceCollection();
        if (clock is not null)
        {
            // Registered first: the store's TryAdd of TimeProvider.System then leaves the test clock in place.
            collection.AddSingleton(clock);
        }

        var services = collection.AddTaxiiMongoStore(configuration).BuildServiceProvider();
        var node = new MongoTestNode(services, database);
        try
        {
            await services.GetRequiredService<IStoreInitializer>().InitializeAsync(CancellationToken.None);
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }

        return node;
    }
}

/// <summary>A service provider holding one node's stores, and the database it drops when disposed.</summary>
internal sealed class MongoTestNode(ServiceProvider services, string database) : IAsyncDisposable
{
    public ServiceProvider Services { get; } = services;

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Services.GetRequiredService<IMongoClient>().DropDatabaseAsync(database);
        }
        finally
        {
            await Services.DisposeAsync();
        }
    }
}
