using TaxiiServer.Core.Access;

namespace TaxiiServer.Core.Storage;

/// <summary>Accounts and their per-collection grants.</summary>
public interface IAccountStore
{
    Task<Account?> FindAsync(string name, CancellationToken ct);

    Task<bool> TryCreateAsync(Account account, CancellationToken ct);

    /// <summary>Replaces the password hash; returns false when the account does not exist.</summary>
    Task<bool> SetPasswordHashAsync(string name, string passwordHash, CancellationToken ct);

    Task<IReadOnlyList<Grant>> GetGrantsAsync(string account, CancellationToken ct);

    /// <summary>Creates a grant unless one exists for that (account, collection).</summary>
    Task<bool> TryCreateGrantAsync(Grant grant, CancellationToken ct);
}
