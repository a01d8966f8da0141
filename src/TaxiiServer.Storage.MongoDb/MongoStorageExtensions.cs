using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MongoDB.Driver;
using TaxiiServer.Core.Storage;
using TaxiiServer.Storage.MongoDb.Indexes;
using TaxiiServer.Storage.MongoDb.Stores;

namespace TaxiiServer.Storage.MongoDb;

public static class MongoStorageExtensions
{
    /// <summary>
    /// Registers the MongoDB store: options bound from <c>Taxii:Storage:MongoDb</c> and validated at start, the
    /// client, the stores and the index initializer. Uses TryAdd, so calling it twice is harmless.
    /// </summary>
    public static IServiceCollection AddTaxiiMongoStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        // The options builder below adds its validators unconditionally; a second call must add nothing.
        if (services.Any(d => d.ServiceType == typeof(MongoStoreContext)))
        {
            return services;
        }

        services.AddOptions<MongoStorageOptions>()
            .Bind(configuration.GetSection(MongoStorageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MongoStorageOptions>, MongoStorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // Singleton: the driver's client owns the connection pools and is meant to live as long as the process.
        services.TryAddSingleton<IMongoClient>(sp =>
            new MongoClient(MongoClientSettingsFactory.Create(sp.GetRequiredService<IOptions<MongoStorageOptions>>().Value)));

        // Singletons: they hold no per-request state, and the shared context carries the circuit breaker's state,
        // which must see every call to be of any use.
        services.TryAddSingleton<MongoStoreContext>();
        services.TryAddSingleton<IObjectStore, MongoObjectStore>();
        services.TryAddSingleton<IStatusStore, MongoStatusStore>();
        services.TryAddSingleton<ICatalogStore, MongoCatalogStore>();
        services.TryAddSingleton<IAccountStore, MongoAccountStore>();
        services.TryAddSingleton<IApiKeyStore, MongoApiKeyStore>();
        services.TryAddSingleton<IAuditStore, MongoAuditStore>();
        services.TryAddSingleton<IStoreInitializer, MongoStoreInitializer>();
        services.TryAddSingleton<IStoreProbe, MongoStoreProbe>();
        return services;
    }
}
