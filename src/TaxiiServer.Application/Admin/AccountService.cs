using System.Text.RegularExpressions;
using TaxiiServer.Application.Access;
using TaxiiServer.Core.Access;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Application.Admin;

/// <summary>
/// Accounts: create, list, change flags and password, delete. Every change goes to the audit trail. Nothing is
/// cached: authentication reads the account on every request, so a disabled or deleted account is refused at once on
/// every node, and a new password changes the stored hash, which the credential cache is keyed by.
/// </summary>
public sealed partial class AccountService(
    IAccountStore accounts, IApiKeyStore keys, PasswordHasher hasher, AuditService audit)
{
    public const int MinPasswordLength = 12;

    public async Task<IReadOnlyList<AccountView>> ListAsync(CancellationToken ct) =>
        (await accounts.ListAsync(ct)).Select(AccountView.Of).ToList();

    public async Task<AdminResult<AccountView>> GetAsync(string name, CancellationToken ct) =>
        await accounts.FindAsync(name, ct) is { } account ? AccountView.Of(account) : NotFound(name);

    public async Task<AdminResult<AccountView>> CreateAsync(
        AdminActor actor, string? name, string? password, bool isAdmin, CancellationToken ct)
    {
        const string action = AuditActions.AccountCreate;
        if (name is null || !NamePattern().IsMatch(name))
        {
            return await audit.RefusedAsync(actor, action, name,
                AdminProblem.Invalid("name", "name must be 1-64 letters, digits, '.', '_', '-' or '@'."), ct);
        }

        if (PasswordProblem(password) is { } weak)
        {
            return await audit.RefusedAsync(actor, action, name, weak, ct);
        }

        var account = new Account(name, hasher.Hash(password!), isAdmin, Disabled: false);
        if (!await accounts.TryCreateAsync(account, ct))
        {
            return await audit.RefusedAsync(actor, action, name, AdminProblem.Conflict($"Account '{name}' already exists."), ct);
        }

        await audit.SucceededAsync(actor, action, name, new Dictionary<string, string?> { ["isAdmin"] = Flag(isAdmin) }, ct);
        return AccountView.Of(account);
    }

    /// <summary>Changes the admin and disabled flags given (null leaves a flag as it is).</summary>
    public async Task<AdminResult<AccountView>> UpdateAsync(
        AdminActor actor, string name, bool? isAdmin, bool? disabled, CancellationToken ct)
    {
        const string action = AuditActions.AccountUpdate;
        if (await accounts.FindAsync(name, ct) is null)
        {
            return await audit.RefusedAsync(actor, action, name, NotFound(name), ct);
        }

        // An admin locking itself out would leave nobody able to undo it.
        if (name == actor.Name && (disabled == true || isAdmin == false))
        {
            return await audit.RefusedAsync(actor, action, name,
                AdminProblem.Conflict("You may not disable your own account or remove your own admin rights."), ct);
        }

        var details = new Dictionary<string, string?>();
        if (isAdmin is { } admin)
        {
            await accounts.SetAdminAsync(name, admin, ct);
            details["isAdmin"] = Flag(admin);
        }

        if (disabled is { } off)
        {
            await accounts.SetDisabledAsync(name, off, ct);
            details["disabled"] = Flag(off);
        }

        await audit.SucceededAsync(actor, action, name, details, ct);
        return await GetAsync(name, ct);
    }

    public async Task<AdminResult<AccountView>> SetPasswordAsync(AdminActor actor, string name, string? password, CancellationToken ct)
    {
        const string action = AuditActions.AccountPassword;
        if (PasswordProblem(password) is { } weak)
        {
            return await audit.RefusedAsync(actor, action, name, weak, ct);
        }

        if (!await accounts.SetPasswordHashAsync(name, hasher.Hash(password!), ct))
        {
            return await audit.RefusedAsync(actor, action, name, NotFound(name), ct);
        }

        await audit.SucceededAsync(actor, action, name, null, ct);
        return await GetAsync(name, ct);
    }

    /// <summary>Deletes the account, its grants and its API keys.</summary>
    public async Task<AdminResult<AccountView>> DeleteAsync(AdminActor actor, string name, CancellationToken ct)
    {
        const string action = AuditActions.AccountDelete;
        if (name == actor.Name)
        {
            return await audit.RefusedAsync(actor, action, name, AdminProblem.Conflict("You may not delete your own account."), ct);
        }

        var account = await accounts.FindAsync(name, ct);
        if (account is null || !await accounts.DeleteAsync(name, ct))
        {
            return await audit.RefusedAsync(actor, action, name, NotFound(name), ct);
        }

        var revoked = await keys.DeleteAllOfAsync(name, ct);
        await audit.SucceededAsync(actor, action, name,
            new Dictionary<string, string?> { ["apiKeysDeleted"] = revoked.ToString(System.Globalization.CultureInfo.InvariantCulture) }, ct);
        return AccountView.Of(account);
    }

    private static AdminProblem? PasswordProblem(string? password) =>
        password is null || password.Length < MinPasswordLength
            ? AdminProblem.Invalid("password", $"password must have at least {MinPasswordLength} characters.")
            : null;

    private static AdminProblem NotFound(string name) => AdminProblem.NotFound($"No account '{name}'.");

    private static string Flag(bool value) => value ? "true" : "false";

    [GeneratedRegex("^[A-Za-z0-9._@-]{1,64}$")]
    private static partial Regex NamePattern();
}
