using TaxiiServer.Application.Admin;

namespace TaxiiServer.Api.Admin;

/// <summary>API roots: list, create, read, change, delete (refused while the root holds collections).</summary>
internal static class ApiRootsEndpoints
{
    public static RouteGroupBuilder MapApiRootsAdmin(this RouteGroupBuilder admin)
    {
        var roots = admin.MapGroup("/api-roots").WithTags("API roots");
        var one = new AdminSchemas(null, AdminOpenApiSchemas.ApiRoot);
        var input = new AdminSchemas(AdminOpenApiSchemas.ApiRootInput, AdminOpenApiSchemas.ApiRoot);
        roots.MapGet("/", List).WithName("AdminListApiRoots").WithSummary("Lists every API root.")
            .WithMetadata(one with { ResponseIsList = true });
        roots.MapPost("/", Create).WithName("AdminCreateApiRoot").WithSummary("Creates an API root.").WithMetadata(input);
        roots.MapGet("/{name}", Get).WithName("AdminGetApiRoot")
            .WithSummary("Reads one API root, with its stored and effective validation setting.").WithMetadata(one);
        roots.MapPatch("/{name}", Update).WithName("AdminUpdateApiRoot")
            .WithSummary("Changes title, description, max content length or the validation setting.").WithMetadata(input);
        roots.MapDelete("/{name}", Delete).WithName("AdminDeleteApiRoot")
            .WithSummary("Deletes an API root without collections.").WithMetadata(one);
        return admin;
    }

    private static async Task<IResult> List(CatalogAdminService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ListApiRootsAsync(ct));

    private static async Task<IResult> Get(string name, CatalogAdminService service, CancellationToken ct) =>
        AdminHttp.Ok(await service.GetApiRootAsync(name, ct));

    private static async Task<IResult> Create(
        ApiRootInput body, HttpContext context, CatalogAdminService service, CancellationToken ct) =>
        AdminHttp.Created(await service.CreateApiRootAsync(AdminHttp.Actor(context), body, ct),
            r => $"/admin/v1/api-roots/{r.Name}");

    private static async Task<IResult> Update(
        string name, ApiRootInput body, HttpContext context, CatalogAdminService service, CancellationToken ct) =>
        AdminHttp.Ok(await service.UpdateApiRootAsync(AdminHttp.Actor(context), name, body, ct));

    private static async Task<IResult> Delete(string name, HttpContext context, CatalogAdminService service, CancellationToken ct) =>
        AdminHttp.Ok(await service.DeleteApiRootAsync(AdminHttp.Actor(context), name, ct));
}
