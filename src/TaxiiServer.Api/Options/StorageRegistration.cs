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
            StorageProvider.MongoDb => throw new InvalidOperationException("Taxii:Storage:Provider=MongoDb: the MongoDB store is not part of this build yet."),
            _ => services.AddTaxiiSqliteStore(configuration),
        };
    }
}
