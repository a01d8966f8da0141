using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TaxiiServer.Core.Storage;
using TaxiiServer.Storage.Sqlite.Schema;
using TaxiiServer.Storage.Sqlite.Stores;

namespace TaxiiServer.Storage.Sqlite;

/// <summary>Registers the embedded SQLite store.</summary>
public static class SqliteStorageExtensions
{
    /// <summary>
    /// Registers the stores and the schema initializer over the SQLite file configured in
    /// <c>Taxii:Storage:Sqlite</c> (<see cref="SqliteStorageOptions"/>). Calling it twice is harmless.
    /// </summary>
    public static IServiceCollection AddTaxiiSqliteStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<SqliteStorageOptions>()
            .Bind(configuration.GetSection(SqliteStorageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        // Singletons: the database owns the writer lock, which must be one per file, and the stores hold no state.
        services.TryAddSingleton<SqliteDatabase>();
        services.TryAddSingleton<IObjectStore, SqliteObjectStore>();
        services.TryAddSingleton<IStatusStore, SqliteStatusStore>();
        services.TryAddSingleton<ICatalogStore, SqliteCatalogStore>();
        services.TryAddSingleton<IAccountStore, SqliteAccountStore>();
        services.TryAddSingleton<IApiKeyStore, SqliteApiKeyStore>();
        services.TryAddSingleton<IAuditStore, SqliteAuditStore>();
        services.TryAddSingleton<IStoreInitializer, SqliteStoreInitializer>();
        services.TryAddSingleton<IStoreProbe, SqliteStoreProbe>();
        return services;
    }
}
