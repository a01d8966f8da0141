using TaxiiServer.Application.Admin;

namespace TaxiiServer.Api.Admin;

/// <summary>Collections: list per API root, create, read, change, delete (with force when it holds objects).</summary>
internal static class CollectionsEndpoints
{
    public static RouteGroupBuilder MapCollectionsAdmin(this RouteGroupBuilder admin)
    {
        var perRoot = admin.MapGroup("/api-roots/{apiRoot}/collections").WithTags("Collections");
        perRoot.MapGet("/", List).WithName("AdminListCollections").WithSummary("Lists the collections of an API root.");
        perRoot.MapPost("/", Create).WithName("AdminCreateCollection").WithSummary("Creates a collection (id generated when absent).");

        var collections = admin.MapGroup("/collections").WithTags("Collections");
        collections.MapGet("/{id}", Get).WithName("AdminGetCollection").WithSummary("Reads one collection.");
        collections.MapPatch("/{id}", Update).WithName("AdminUpdateCollection").WithSummary("Changes title, description, alias or media types.");
        collections.MapDelete("/{id}", Delete).WithName("AdminDeleteCollection")
            .WithSummary("Deletes a collection; with objects in it only when force=true, which deletes them too.");
        return admin;
    }

    private static async Task<IResult> List(string apiRoot, CatalogAdminService service, CancellationToken ct) =>
        AdminHttp.Ok(await service.ListCollectionsAsync(apiRoot, ct));

    private static async Task<IResult> Create(
        string apiRoot, CollectionInput body, HttpContext context, CatalogAdminService service, CancellationToken ct) =>
        AdminHttp.Created(await service.CreateCollectionAsync(AdminHttp.Actor(context), apiRoot, body, ct),
            c => $"/admin/v1/collections/{c.Id}");

    private static async Task<IResult> Get(string id, CatalogAdminService service, CancellationToken ct) =>
        AdminHttp.Ok(await service.GetCollectionAsync(id, ct));

    private static async Task<IResult> Update(
        string id, CollectionInput body, HttpContext context, CatalogAdminService service, CancellationToken ct) =>
        AdminHttp.Ok(await service.UpdateCollectionAsync(AdminHttp.Actor(context), id, body, ct));

    private static async Task<IResult> Delete(
        string id, bool? force, HttpContext context, CatalogAdminService service, CancellationToken ct) =>
        AdminHttp.Ok(await service.DeleteCollectionAsync(AdminHttp.Actor(context), id, force ?? false, ct));
}
