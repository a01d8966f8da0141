using TaxiiServer.Application.Admin;

namespace TaxiiServer.Api.Admin;

/// <summary>Body of POST /admin/v1/accounts/{name}/keys; no expiry means the key lives until revoked.</summary>
internal sealed record CreateApiKeyRequest(DateTimeOffset? Expires);

/// <summary>API keys of an account: list, create (the secret is in the answer, once), revoke.</summary>
internal static class ApiKeysEndpoints
{
    public static RouteGroupBuilder MapApiKeys(this RouteGroupBuilder admin)
    {
        var keys = admin.MapGroup("/accounts/{name}/keys").WithTags("API keys");
        keys.MapGet("/", List).WithName("AdminListApiKeys").WithSummary("Lists an account's keys (prefixes only).");
        keys.MapPost("/", Create).WithName("AdminCreateApiKey").WithSummary("Creates a key; its secret is shown only in this answer.");
        keys.MapDelete("/{id}", Revoke).WithName("AdminRevokeApiKey").WithSummary("Revokes a key at once on every node.");
        return admin;
    }

    private static async Task<IResult> List(string name, ApiKeyService service, CancellationToken ct) =>
        AdminHttp.Ok(await service.ListAsync(name, ct));

    private static async Task<IResult> Create(
        string name, CreateApiKeyRequest? body, HttpContext context, ApiKeyService service, CancellationToken ct) =>
        AdminHttp.Created(await service.CreateAsync(AdminHttp.Actor(context), name, body?.Expires, ct),
            k => $"/admin/v1/accounts/{Uri.EscapeDataString(name)}/keys/{k.Key.Id}");

    private static async Task<IResult> Revoke(
        string name, string id, HttpContext context, ApiKeyService service, CancellationToken ct) =>
        AdminHttp.Ok(await service.RevokeAsync(AdminHttp.Actor(context), name, id, ct));
}
