using TaxiiServer.Core.Access;

namespace TaxiiServer.Core.Storage;

/// <summary>Accounts and their per-collection grants.</summary>
public interface IAccountStore
{
    Task<Account?> FindAsync(string name, CancellationToken ct);

    Task<bool> TryCreateAsync(Account account, CancellationToken ct);

    /// <summary>Every account, ordered by name (ordinal).</summary>
    Task<IReadOnlyList<Account>> ListAsync(CancellationToken ct);

    /// <summary>Disables or enables an account; returns false when it does not exist.</summary>
    Task<bool> SetDisabledAsync(string name, bool disabled, CancellationToken ct);

    /// <summary>Grants or withdraws admin rights; returns false when the account does not exist.</summary>
    Task<bool> SetAdminAsync(string name, bool isAdmin, CancellationToken ct);

    /// <summary>Deletes an account and its grants; returns false when it did not exist.</summary>
    Task<bool> DeleteAsync(string name, CancellationToken ct);

    /// <summary>Replaces the password hash; returns false when the account does not exist.</summary>
    Task<bool> SetPasswordHashAsync(string name, string passwordHash, CancellationToken ct);

    Task<IReadOnlyList<Grant>> GetGrantsAsync(string account, CancellationToken ct);

    /// <summary>Creates a grant unless one exists for that (account, collection).</summary>
    Task<bool> TryCreateGrantAsync(Grant grant, CancellationToken ct);

    /// <summary>Creates or replaces the grant for (account, collection); returns true when it created one.</summary>
    Task<bool> SetGrantAsync(Grant grant, CancellationToken ct);

    /// <summary>Removes the grant for (account, collection); returns false when there was none.</summary>
    Task<bool> RemoveGrantAsync(string account, string collectionId, CancellationToken ct);

    /// <summary>The grants on one collection, ordered by account name.</summary>
    Task<IReadOnlyList<Grant>> GetGrantsOnCollectionAsync(string collectionId, CancellationToken ct);

    /// <summary>Removes every grant on a collection (when it is deleted); returns how many.</summary>
    Task<int> RemoveGrantsOnCollectionAsync(string collectionId, CancellationToken ct);
}
