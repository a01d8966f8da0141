using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TaxiiServer.Application.Limits;

public static class LimitsServiceCollectionExtensions
{
    /// <summary>The failed-authentication guard, the password-hashing cap and their options (validated at start).</summary>
    public static IServiceCollection AddTaxiiFailedAuthenticationGuard(this IServiceCollection services)
    {
        services.AddOptions<FailedAuthenticationOptions>().BindConfiguration(FailedAuthenticationOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.Window > TimeSpan.Zero && o.TrustedAddressTtl >= TimeSpan.Zero && o.BlockedAddressTrickleInterval >= TimeSpan.Zero,
                "Taxii:Limits:FailedAuthentication:Window must be positive, TrustedAddressTtl and BlockedAddressTrickleInterval not negative.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<FailedAuthenticationGuard>();
        services.TryAddSingleton<PasswordHashSlots>();
        return services;
    }
}
