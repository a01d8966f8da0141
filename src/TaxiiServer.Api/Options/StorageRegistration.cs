using TaxiiServer.Storage.MongoDb;
using TaxiiServer.Storage.Sqlite;

namespace TaxiiServer.Api.Options;

internal static class StorageRegistration
{
    /// <summary>Registers the one store that configuration selects; an unknown provider fails the start.</summary>
    public static IServiceCollection AddTaxiiStore(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration.GetValue(StorageOptions.Section + ":Provider", StorageProvider.Sqlite);
        return provider switch
        {
            StorageProvider.MongoDb => services.AddTaxiiMongoStore(configuration),
            _ => services.AddTaxiiSqliteStore(configuration),
        };
    }
}
