using TaxiiServer.Application.Access;
using TaxiiServer.Core.Access;
using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Application.Admin;

/// <summary>API keys of an account: create (the secret is returned once), list, revoke. Every change is audited.</summary>
public sealed class ApiKeyService(IApiKeyStore keys, IAccountStore accounts, AuditService audit, TimeProvider clock)
{
    public async Task<AdminResult<IReadOnlyList<ApiKeyView>>> ListAsync(string account, CancellationToken ct)
    {
        if (await accounts.FindAsync(account, ct) is null)
        {
            return NotFound(account);
        }

        return (await keys.ListAsync(account, ct)).Select(ApiKeyView.Of).ToList();
    }

    public async Task<AdminResult<CreatedApiKey>> CreateAsync(
        AdminActor actor, string account, DateTimeOffset? expires, CancellationToken ct)
    {
        const string action = AuditActions.KeyCreate;
        if (await accounts.FindAsync(account, ct) is null)
        {
            return await audit.RefusedAsync(actor, action, account, NotFound(account), ct);
        }

        var now = clock.GetUtcNow();
        if (expires is { } e && e <= now)
        {
            return await audit.RefusedAsync(actor, action, account,
                AdminProblem.Invalid("expires", "expires must be in the future."), ct);
        }

        var (text, prefix, hash) = ApiKeyFormat.Generate();
        var key = new ApiKey(Guid.CreateVersion7().ToString("N"), account, prefix, hash,
            TaxiiTimestamp.FromDateTimeOffset(now), null,
            expires is { } x ? TaxiiTimestamp.FromDateTimeOffset(x) : null, Revoked: false);
        if (!await keys.TryCreateAsync(key, ct))
        {
            // 256 random bits colliding is not a real event; refusing is still the honest answer.
            return await audit.RefusedAsync(actor, action, account, AdminProblem.Conflict("Key generation collided; retry."), ct);
        }

        await audit.SucceededAsync(actor, action, account, new Dictionary<string, string?>
        {
            ["keyId"] = key.Id,
            ["prefix"] = prefix,
            ["expires"] = key.Expires?.ToString(),
        }, ct);
        return new CreatedApiKey(ApiKeyView.Of(key), text);
    }

    public async Task<AdminResult<ApiKeyView>> RevokeAsync(AdminActor actor, string account, string id, CancellationToken ct)
    {
        const string action = AuditActions.KeyRevoke;
        var key = await keys.FindAsync(id, ct);
        if (key is null || key.Account != account)
        {
            return await audit.RefusedAsync(actor, action, account,
                AdminProblem.NotFound($"No API key '{id}' for account '{account}'."), ct);
        }

        await keys.RevokeAsync(id, ct);
        await audit.SucceededAsync(actor, action, account,
            new Dictionary<string, string?> { ["keyId"] = id, ["prefix"] = key.Prefix }, ct);
        return ApiKeyView.Of(key with { Revoked = true });
    }

    private static AdminProblem NotFound(string account) => AdminProblem.NotFound($"No account '{account}'.");
}
