using TaxiiServer.Api.Auth;
using TaxiiServer.Api.Http;
using TaxiiServer.Application.Catalog;
using TaxiiServer.Application.Status;
using TaxiiServer.Core.Taxii;

namespace TaxiiServer.Api.Taxii;

internal static class ApiRootEndpoints
{
    public static void MapApiRoots(this RouteGroupBuilder group)
    {
        group.MapGet("/{apiRoot}/", GetApiRoot).WithName("GetApiRoot").WithSummary("API root information");
        group.MapGet("/{apiRoot}/status/{statusId}/", GetStatus).WithName("GetStatus").WithSummary("Status of a POST");
    }

    private static async Task<IResult> GetApiRoot(string apiRoot, HttpContext context, CatalogService catalog, CancellationToken ct)
    {
        var root = await catalog.GetApiRootAsync(context.GetTaxiiPrincipal(), apiRoot, ct);
        return TaxiiResults.From(root, r => TaxiiResults.Json(
            new ApiRootResource(r.Title, r.Description, [TaxiiMediaTypes.Taxii21], r.MaxContentLength),
            TaxiiJsonContext.Wire.ApiRootResource));
    }

    private static async Task<IResult> GetStatus(
        string apiRoot, string statusId, HttpContext context, CatalogService catalog, StatusService statuses, CancellationToken ct)
    {
        var principal = context.GetTaxiiPrincipal();
        var root = await catalog.GetApiRootAsync(principal, apiRoot, ct);
        if (!root.IsSuccess)
        {
            return TaxiiResults.Problem(root.Problem);
        }

        var status = await statuses.GetAsync(principal, apiRoot, statusId, ct);
        return TaxiiResults.From(status, s => TaxiiResults.Json(TaxiiResourceMapper.ToResource(s), TaxiiJsonContext.Wire.StatusResourceDto));
    }
}
