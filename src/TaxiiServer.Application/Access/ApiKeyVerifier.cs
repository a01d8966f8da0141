using TaxiiServer.Core.Access;
using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Application.Access;

/// <summary>The outcome of checking an API key: the account, or why it was refused (never the key itself).</summary>
public sealed record ApiKeyVerification(Account? Account, string? KeyPrefix, string? FailureReason);

/// <summary>
/// Verifies API keys: one indexed read by hash, then the key's state and its account's, both read fresh so a
/// revocation or a disabled account is refused at once on every node. Last-used is written at most once per
/// <see cref="TouchInterval"/>, so a busy key does not cost a write per request.
/// </summary>
public sealed class ApiKeyVerifier(IApiKeyStore keys, IAccountStore accounts, TimeProvider clock)
{
    public static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    public async Task<ApiKeyVerification> VerifyAsync(string presented, CancellationToken ct)
    {
        if (!ApiKeyFormat.LooksValid(presented))
        {
            return new ApiKeyVerification(null, null, "malformed API key");
        }

        var prefix = ApiKeyFormat.PrefixOf(presented);
        var key = await keys.FindBySecretHashAsync(ApiKeyFormat.Hash(presented), ct);
        if (key is null)
        {
            return new ApiKeyVerification(null, prefix, "unknown API key");
        }

        var now = TaxiiTimestamp.FromDateTimeOffset(clock.GetUtcNow());
        if (key.Revoked)
        {
            return new ApiKeyVerification(null, prefix, "revoked API key");
        }

        if (!key.IsUsableAt(now))
        {
            return new ApiKeyVerification(null, prefix, "expired API key");
        }

        var account = await accounts.FindAsync(key.Account, ct);
        if (account is null || account.Disabled)
        {
            return new ApiKeyVerification(null, prefix, account is null ? "account deleted" : "account disabled");
        }

        var cutOff = TaxiiTimestamp.FromDateTimeOffset(clock.GetUtcNow() - TouchInterval);
        if (key.LastUsed is not { } used || used < cutOff)
        {
            await keys.TouchAsync(key.Id, now, cutOff, ct);
        }

        return new ApiKeyVerification(account, prefix, null);
    }
}
