using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TaxiiServer.Application.Access;
using TaxiiServer.Application.Bootstrap;
using TaxiiServer.Application.Catalog;
using TaxiiServer.Application.Ingest;
using TaxiiServer.Application.Options;
using TaxiiServer.Application.Query;
using TaxiiServer.Application.Status;
using TaxiiServer.Validation;

namespace TaxiiServer.Application;

public static class ApplicationServiceCollectionExtensions
{
    /// <summary>
    /// Registers the use cases, their options (bound and validated at start) and the start-up work. Services are
    /// singletons: they hold no per-request state and the stores are singletons.
    /// </summary>
    public static IServiceCollection AddTaxiiApplication(this IServiceCollection services)
    {
        services.AddOptions<PagingOptions>().BindConfiguration(PagingOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.DefaultLimit <= o.MaxLimit, "Taxii:Paging:DefaultLimit must not exceed MaxLimit.")
            .ValidateOnStart();
        services.AddOptions<StatusOptions>().BindConfiguration(StatusOptions.Section)
            .Validate(o => o.Retention > TimeSpan.Zero && o.PurgeInterval > TimeSpan.Zero,
                "Taxii:Status:Retention and PurgeInterval must be positive.")
            .ValidateOnStart();
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IngestOptions>().BindConfiguration(IngestOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.Section);

        services.AddTaxiiValidation();
        services.AddMemoryCache(o => o.SizeLimit = 100_000);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PasswordHasher>();
        services.TryAddSingleton<CredentialVerifier>();
        services.TryAddSingleton<PrincipalLoader>();
        services.TryAddSingleton<CatalogService>();
        services.TryAddSingleton<ObjectQueryService>();
        services.TryAddSingleton<AddObjectsService>();
        services.TryAddSingleton<StatusService>();
        services.TryAddSingleton<BootstrapApplier>();

        // Order matters: the store and bootstrap are ready before the purge loop and the web server start.
        services.AddHostedService<StartupInitializer>();
        services.AddHostedService<StatusPurgeService>();
        return services;
    }
}
