using TaxiiServer.Core.Access;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Application.Access;

/// <summary>
/// Builds the caller's <see cref="Principal"/> from the store on every request, so a changed grant applies at once
/// on every node (one indexed read).
/// </summary>
public sealed class PrincipalLoader(IAccountStore accounts)
{
    public async Task<Principal> LoadAsync(Account account, CancellationToken ct)
    {
        var grants = await accounts.GetGrantsAsync(account.Name, ct);
        var byCollection = new Dictionary<string, Grant>(grants.Count, StringComparer.Ordinal);
        foreach (var grant in grants)
        {
            byCollection[grant.CollectionId] = grant;
        }

        return new Principal(account.Name, account.IsAdmin, byCollection);
    }
}
