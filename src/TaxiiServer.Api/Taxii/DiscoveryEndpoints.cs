using TaxiiServer.Api.Auth;
using TaxiiServer.Api.Http;
using TaxiiServer.Application.Catalog;

namespace TaxiiServer.Api.Taxii;

internal static class DiscoveryEndpoints
{
    public static void MapDiscovery(this RouteGroupBuilder group) =>
        group.MapGet("/", GetDiscovery).WithName("GetDiscovery").WithSummary("TAXII discovery resource");

    private static async Task<IResult> GetDiscovery(HttpContext context, CatalogService catalog, CancellationToken ct)
    {
        var view = await catalog.GetDiscoveryAsync(context.GetTaxiiPrincipal(), ct);
        var request = context.Request;
        var roots = view.ApiRoots.Select(name => $"{request.Scheme}://{request.Host}{request.PathBase}/taxii2/{name}/").ToList();
        string? defaultRoot = view.Discovery.Default is { } d ? $"{request.Scheme}://{request.Host}{request.PathBase}/taxii2/{d}/" : null;
        var resource = new DiscoveryResource(view.Discovery.Title, view.Discovery.Description, view.Discovery.Contact,
            defaultRoot, TaxiiResourceMapper.NullIfEmpty(roots));
        return TaxiiResults.Json(resource, TaxiiJsonContext.Wire.DiscoveryResource);
    }
}
