using TaxiiServer.Application.Admin;

namespace TaxiiServer.Api.Admin;

/// <summary>Body of POST /admin/v1/accounts.</summary>
internal sealed record CreateAccountRequest(string? Name, string? Password, bool IsAdmin);

/// <summary>Body of PATCH /admin/v1/accounts/{name}: flags left out are kept.</summary>
internal sealed record UpdateAccountRequest(bool? IsAdmin, bool? Disabled);

/// <summary>Body of PUT /admin/v1/accounts/{name}/password.</summary>
internal sealed record PasswordRequest(string? Password);

/// <summary>Accounts: list, create, read, change flags, set the password, delete.</summary>
internal static class AccountsEndpoints
{
    public static RouteGroupBuilder MapAccounts(this RouteGroupBuilder admin)
    {
        var accounts = admin.MapGroup("/accounts").WithTags("Accounts");
        accounts.MapGet("/", List).WithName("AdminListAccounts").WithSummary("Lists every account.");
        accounts.MapPost("/", Create).WithName("AdminCreateAccount").WithSummary("Creates an account with a password.");
        accounts.MapGet("/{name}", Get).WithName("AdminGetAccount").WithSummary("Reads one account.");
        accounts.MapPatch("/{name}", Update).WithName("AdminUpdateAccount").WithSummary("Disables, enables, or sets admin rights.");
        accounts.MapPut("/{name}/password", SetPassword).WithName("AdminSetPassword").WithSummary("Replaces the password.");
        accounts.MapDelete("/{name}", Delete).WithName("AdminDeleteAccount").WithSummary("Deletes an account, its grants and keys.");
        return admin;
    }

    private static async Task<IResult> List(AccountService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(ct));

    private static async Task<IResult> Get(string name, AccountService service, CancellationToken ct) =>
        AdminHttp.Ok(await service.GetAsync(name, ct));

    private static async Task<IResult> Create(
        CreateAccountRequest body, HttpContext context, AccountService service, CancellationToken ct) =>
        AdminHttp.Created(await service.CreateAsync(AdminHttp.Actor(context), body.Name, body.Password, body.IsAdmin, ct),
            a => $"/admin/v1/accounts/{Uri.EscapeDataString(a.Name)}");

    private static async Task<IResult> Update(
        string name, UpdateAccountRequest body, HttpContext context, AccountService service, CancellationToken ct) =>
        AdminHttp.Ok(await service.UpdateAsync(AdminHttp.Actor(context), name, body.IsAdmin, body.Disabled, ct));

    private static async Task<IResult> SetPassword(
        string name, PasswordRequest body, HttpContext context, AccountService service, CancellationToken ct) =>
        AdminHttp.Ok(await service.SetPasswordAsync(AdminHttp.Actor(context), name, body.Password, ct));

    private static async Task<IResult> Delete(string name, HttpContext context, AccountService service, CancellationToken ct) =>
        AdminHttp.Ok(await service.DeleteAsync(AdminHttp.Actor(context), name, ct));
}
