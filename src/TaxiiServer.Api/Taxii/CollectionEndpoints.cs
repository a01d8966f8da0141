using TaxiiServer.Api.Auth;
using TaxiiServer.Api.Http;
using TaxiiServer.Application.Catalog;

namespace TaxiiServer.Api.Taxii;

internal static class CollectionEndpoints
{
    public static void MapCollections(this RouteGroupBuilder group)
    {
        group.MapGet("/{apiRoot}/collections/", GetCollections).WithName("GetCollections").WithSummary("Collections the caller can see");
        group.MapGet("/{apiRoot}/collections/{collectionId}/", GetCollection).WithName("GetCollection").WithSummary("One collection");
    }

    private static async Task<IResult> GetCollections(string apiRoot, HttpContext context, CatalogService catalog, CancellationToken ct)
    {
        var collections = await catalog.GetCollectionsAsync(context.GetTaxiiPrincipal(), apiRoot, ct);
        return TaxiiResults.From(collections, list => TaxiiResults.Json(
            new CollectionsResource(TaxiiResourceMapper.NullIfEmpty(list.Select(TaxiiResourceMapper.ToResource).ToList())),
            TaxiiJsonContext.Wire.CollectionsResource));
    }

    private static async Task<IResult> GetCollection(
        string apiRoot, string collectionId, HttpContext context, CatalogService catalog, CancellationToken ct)
    {
        var collection = await catalog.GetCollectionAsync(context.GetTaxiiPrincipal(), apiRoot, collectionId, ct);
        return TaxiiResults.From(collection, c => TaxiiResults.Json(TaxiiResourceMapper.ToResource(c), TaxiiJsonContext.Wire.CollectionResource));
    }
}
