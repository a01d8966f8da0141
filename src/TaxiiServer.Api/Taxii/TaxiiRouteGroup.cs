using TaxiiServer.Api.Auth;
using TaxiiServer.Api.Http;

namespace TaxiiServer.Api.Taxii;

/// <summary>The <c>/taxii2</c> group: authentication and content negotiation are applied once, here.</summary>
internal static class TaxiiRouteGroup
{
    public static IEndpointRouteBuilder MapTaxii(this IEndpointRouteBuilder app)
    {
        var taxii = app.MapGroup("/taxii2")
            .RequireAuthorization(TaxiiAuthorization.PolicyName)
            .AddEndpointFilter(async (context, next) =>
                TaxiiMediaTypeNegotiation.Check(context.HttpContext.Request) is { } problem
                    ? TaxiiResults.Problem(problem)
                    : await next(context));

        taxii.MapDiscovery();
        taxii.MapApiRoots();
        taxii.MapCollections();
        taxii.MapObjects();
        taxii.MapManifest();
        return app;
    }

    /// <summary>The request's query string as (name, value) pairs, repeated names kept.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> QueryPairs(this HttpRequest request) =>
        request.Query.SelectMany(kv => kv.Value.Select(v => KeyValuePair.Create(kv.Key, v)));
}
