using TaxiiServer.Api.Auth;
using TaxiiServer.Api.Http;
using TaxiiServer.Application.Query;

namespace TaxiiServer.Api.Taxii;

internal static class ManifestEndpoints
{
    public static void MapManifest(this RouteGroupBuilder group) =>
        group.MapGet("/{apiRoot}/collections/{collectionId}/manifest/", GetManifest)
            .WithName("GetManifest").WithSummary("Manifest records of a collection, filtered and paged");

    private static async Task<IResult> GetManifest(
        string apiRoot, string collectionId, HttpContext context, ObjectQueryService queries, CancellationToken ct)
    {
        var page = await queries.GetObjectsAsync(context.GetTaxiiPrincipal(), apiRoot, collectionId,
            context.Request.QueryPairs(), manifestOnly: true, ct);
        return TaxiiResults.From(page, p =>
        {
            PagingHeaders.Apply(context.Response, p.Items);
            var records = p.Items.Select(TaxiiResourceMapper.ToManifestRecord).ToList();
            return TaxiiResults.Json(new ManifestResource(p.More, p.Next, TaxiiResourceMapper.NullIfEmpty(records)),
                TaxiiJsonContext.Wire.ManifestResource);
        });
    }
}
