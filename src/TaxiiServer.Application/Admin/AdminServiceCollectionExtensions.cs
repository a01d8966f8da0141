using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TaxiiServer.Application.Access;

namespace TaxiiServer.Application.Admin;

public static class AdminServiceCollectionExtensions
{
    /// <summary>
    /// Registers API-key verification and the administration use cases. Singletons: they hold no per-request state
    /// and nothing cached, so every node reads accounts, keys and grants fresh from the shared store.
    /// </summary>
    public static IServiceCollection AddTaxiiAdministration(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ApiKeyVerifier>();
        services.TryAddSingleton<AuditService>();
        services.TryAddSingleton<AccountService>();
        services.TryAddSingleton<ApiKeyService>();
        services.TryAddSingleton<CatalogAdminService>();
        services.TryAddSingleton<GrantService>();
        return services;
    }
}
