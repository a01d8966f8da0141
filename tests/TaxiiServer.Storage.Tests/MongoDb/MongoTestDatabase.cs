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
    public static async Task<StoreSet> CreateStoresAsync()
    {
        var uri = RequireUri();
        var database = "taxii_test_" + Guid.NewGuid().ToString("N");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [MongoStorageOptions.SectionName + ":ConnectionString"] = uri,
                [MongoStorageOptions.SectionName + ":Database"] = database,
            })
            .Build();
        var services = new ServiceCollection().AddTaxiiMongoStore(configuration).BuildServiceProvider();
        try
        {
            await services.GetRequiredService<IStoreInitializer>().InitializeAsync(CancellationToken.None);
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }

        return new StoreSet(
            services.GetRequiredService<IObjectStore>(),
            services.GetRequiredService<IStatusStore>(),
            services.GetRequiredService<ICatalogStore>(),
            services.GetRequiredService<IAccountStore>(),
            async () =>
            {
                try
                {
                    await services.GetRequiredService<IMongoClient>().DropDatabaseAsync(database);
                }
                finally
                {
                    await services.DisposeAsync();
                }
            });
    }
}
