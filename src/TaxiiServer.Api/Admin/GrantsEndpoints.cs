using TaxiiServer.Application.Admin;

namespace TaxiiServer.Api.Admin;

/// <summary>Body of PUT /admin/v1/grants/{account}/{collection}.</summary>
internal sealed record GrantRequest(bool Read, bool Write);

/// <summary>Grants: set or remove one, list by account or by collection.</summary>
internal static class GrantsEndpoints
{
    public static RouteGroupBuilder MapGrants(this RouteGroupBuilder admin)
    {
        admin.MapGet("/accounts/{name}/grants", ByAccount).WithTags("Grants")
            .WithName("AdminListGrantsOfAccount").WithSummary("Lists an account's grants.");
        admin.MapGet("/collections/{id}/grants", ByCollection).WithTags("Grants")
            .WithName("AdminListGrantsOnCollection").WithSummary("Lists who holds grants on a collection.");
        var grants = admin.MapGroup("/grants").WithTags("Grants");
        grants.MapPut("/{account}/{collection}", Set).WithName("AdminSetGrant").WithSummary("Creates or replaces a grant.");
        grants.MapDelete("/{account}/{collection}", Remove).WithName("AdminRemoveGrant").WithSummary("Removes a grant.");
        return admin;
    }

    private static async Task<IResult> ByAccount(string name, GrantService service, CancellationToken ct) =>
        AdminHttp.Ok(await service.ListByAccountAsync(name, ct));

    private static async Task<IResult> ByCollection(string id, GrantService service, CancellationToken ct) =>
        AdminHttp.Ok(await service.ListByCollectionAsync(id, ct));

    private static async Task<IResult> Set(
        string account, string collection, GrantRequest body, HttpContext context, GrantService service, CancellationToken ct) =>
        AdminHttp.Ok(await service.SetAsync(AdminHttp.Actor(context), account, collection, body.Read, body.Write, ct));

    private static async Task<IResult> Remove(
        string account, string collection, HttpContext context, GrantService service, CancellationToken ct) =>
        AdminHttp.Ok(await service.RemoveAsync(AdminHttp.Actor(context), account, collection, ct));
}
