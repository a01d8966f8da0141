using TaxiiServer.Api.Auth;
using TaxiiServer.Application.Admin;

namespace TaxiiServer.Api.Admin;

/// <summary>The <c>/admin/v1</c> API: admin accounts only (Basic or API key), JSON, problem details for errors.</summary>
internal static class AdminRouteGroup
{
    public const string PolicyName = "TaxiiAdmin";
    public const string Prefix = "/admin/v1";

    public static IServiceCollection AddTaxiiAdmin(this IServiceCollection services)
    {
        services.AddTaxiiAdministration();
        services.AddAuthorizationBuilder()
            .AddPolicy(PolicyName, policy => policy
                .AddAuthenticationSchemes(TaxiiCredentialsHandler.SchemeName)
                .RequireAuthenticatedUser()
                // Admin rights are read from the store with the principal on every request, never cached.
                .RequireAssertion(context => context.User.Identity?.IsAuthenticated == true &&
                    context.Resource is HttpContext http && http.GetTaxiiPrincipal().IsAdmin));
        return services;
    }

    public static WebApplication MapTaxiiAdmin(this WebApplication app)
    {
        app.UseWhen(AdminProblemTypes.IsAdminRequest, branch => branch.UseMiddleware<AdminErrorMiddleware>());

        var admin = app.MapGroup(Prefix).RequireAuthorization(PolicyName);
        admin.MapAccounts();
        admin.MapApiKeys();
        admin.MapApiRootsAdmin();
        admin.MapCollectionsAdmin();
        admin.MapGrants();
        admin.MapAudit();

        // The description of the API is public: it holds no data, and clients generate code from it before they
        // have credentials.
        app.MapGet(Prefix + "/openapi.json", AdminOpenApi.Serve).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
