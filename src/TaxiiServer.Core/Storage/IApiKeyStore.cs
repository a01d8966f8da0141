using TaxiiServer.Core.Access;
using TaxiiServer.Core.Stix;

namespace TaxiiServer.Core.Storage;

/// <summary>API keys. A key is found by the hash of its secret with one indexed read.</summary>
public interface IApiKeyStore
{
    /// <summary>Stores a new key unless its id or secret hash exists; returns whether it wrote it.</summary>
    Task<bool> TryCreateAsync(ApiKey key, CancellationToken ct);

    /// <summary>The key whose secret hashes to <paramref name="secretHash"/>, revoked or not.</summary>
    Task<ApiKey?> FindBySecretHashAsync(string secretHash, CancellationToken ct);

    Task<ApiKey?> FindAsync(string id, CancellationToken ct);

    /// <summary>The keys of one account, oldest first.</summary>
    Task<IReadOnlyList<ApiKey>> ListAsync(string account, CancellationToken ct);

    /// <summary>Marks a key revoked; returns false when no such key exists.</summary>
    Task<bool> RevokeAsync(string id, CancellationToken ct);

    /// <summary>
    /// Sets last-used to <paramref name="now"/> only when it is unset or older than <paramref name="notAfter"/>, so
    /// a busy key costs one write per interval, whichever node serves it. Returns whether it wrote.
    /// </summary>
    Task<bool> TouchAsync(string id, TaxiiTimestamp now, TaxiiTimestamp notAfter, CancellationToken ct);

    /// <summary>Deletes every key of an account; returns how many.</summary>
    Task<int> DeleteAllOfAsync(string account, CancellationToken ct);
}
