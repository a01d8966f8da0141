using TaxiiServer.Core.Access;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Application.Admin;

/// <summary>
/// Grants: set, remove, list by account or by collection. The principal is rebuilt from the store on every request,
/// so a change applies at once on every node. Every change is audited.
/// </summary>
public sealed class GrantService(IAccountStore accounts, ICatalogStore catalog, AuditService audit)
{
    public async Task<AdminResult<IReadOnlyList<Grant>>> ListByAccountAsync(string account, CancellationToken ct) =>
        await accounts.FindAsync(account, ct) is null
            ? AdminProblem.NotFound($"No account '{account}'.")
            : AdminResultOf(await accounts.GetGrantsAsync(account, ct));

    public async Task<AdminResult<IReadOnlyList<Grant>>> ListByCollectionAsync(string collectionId, CancellationToken ct) =>
        await catalog.FindCollectionAsync(collectionId, ct) is null
            ? AdminProblem.NotFound($"No collection '{collectionId}'.")
            : AdminResultOf(await accounts.GetGrantsOnCollectionAsync(collectionId, ct));

    public async Task<AdminResult<Grant>> SetAsync(
        AdminActor actor, string account, string collectionId, bool read, bool write, CancellationToken ct)
    {
        const string action = AuditActions.GrantSet;
        var target = account + "/" + collectionId;
        if (await accounts.FindAsync(account, ct) is null)
        {
            return await audit.RefusedAsync(actor, action, target, AdminProblem.NotFound($"No account '{account}'."), ct);
        }

        if (await catalog.FindCollectionAsync(collectionId, ct) is null)
        {
            return await audit.RefusedAsync(actor, action, target, AdminProblem.NotFound($"No collection '{collectionId}'."), ct);
        }

        if (!read && !write)
        {
            return await audit.RefusedAsync(actor, action, target,
                AdminProblem.Invalid("read", "A grant gives read, write or both; remove it to give nothing."), ct);
        }

        var grant = new Grant(account, collectionId, read, write);
        await accounts.SetGrantAsync(grant, ct);
        await audit.SucceededAsync(actor, action, target, new Dictionary<string, string?>
        {
            ["read"] = read ? "true" : "false",
            ["write"] = write ? "true" : "false",
        }, ct);
        return grant;
    }

    public async Task<AdminResult<Grant>> RemoveAsync(AdminActor actor, string account, string collectionId, CancellationToken ct)
    {
        const string action = AuditActions.GrantRemove;
        var target = account + "/" + collectionId;
        var existing = (await accounts.GetGrantsAsync(account, ct)).FirstOrDefault(g => g.CollectionId == collectionId);
        if (existing is null || !await accounts.RemoveGrantAsync(account, collectionId, ct))
        {
            return await audit.RefusedAsync(actor, action, target,
                AdminProblem.NotFound($"Account '{account}' has no grant on '{collectionId}'."), ct);
        }

        await audit.SucceededAsync(actor, action, target, null, ct);
        return existing;
    }

    private static AdminResult<IReadOnlyList<Grant>> AdminResultOf(IReadOnlyList<Grant> grants) => grants.ToList();
}
