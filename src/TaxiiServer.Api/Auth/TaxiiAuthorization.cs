using Microsoft.AspNetCore.Authentication;
using TaxiiServer.Application.Admin;

namespace TaxiiServer.Api.Auth;

internal static class TaxiiAuthorization
{
    public const string PolicyName = "TaxiiAccount";

    /// <summary>
    /// Basic or API-key authentication (<see cref="TaxiiCredentialsHandler"/> picks by header) and the policy every
    /// TAXII endpoint requires: an authenticated account.
    /// </summary>
    public static IServiceCollection AddTaxiiAuthentication(this IServiceCollection services)
    {
        // API-key verification and the audit trail that records refused credentials.
        services.AddTaxiiAdministration();
        services.AddAuthentication(TaxiiCredentialsHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BasicAuthenticationHandler>(BasicAuthenticationHandler.SchemeName, null)
            .AddScheme<AuthenticationSchemeOptions, TaxiiCredentialsHandler>(TaxiiCredentialsHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(PolicyName, policy => policy
                .AddAuthenticationSchemes(TaxiiCredentialsHandler.SchemeName)
                .RequireAuthenticatedUser());
        return services;
    }
}
