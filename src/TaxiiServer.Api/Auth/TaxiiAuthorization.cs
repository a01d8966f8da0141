using Microsoft.AspNetCore.Authentication;

namespace TaxiiServer.Api.Auth;

internal static class TaxiiAuthorization
{
    public const string PolicyName = "TaxiiAccount";

    /// <summary>Basic authentication and the policy every TAXII endpoint requires: an authenticated account.</summary>
    public static IServiceCollection AddTaxiiAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, BasicAuthenticationHandler>(BasicAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(PolicyName, policy => policy
                .AddAuthenticationSchemes(BasicAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser());
        return services;
    }
}
