using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using TaxiiServer.Application.Diagnostics;
using TaxiiServer.Application.Limits;
using TaxiiServer.Application.Options;
using TaxiiServer.Core.Access;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Application.Access;

/// <summary>
/// Verifies account passwords. PBKDF2 is deliberately slow, so a success is remembered for a short time under a
/// keyed hash of (name, password, stored hash): the plain password is never a cache key, and a changed password
/// changes the stored hash and so misses the cache.
/// </summary>
public sealed class CredentialVerifier(
    IAccountStore accounts, IMemoryCache cache, IOptions<SecurityOptions> options,
    TaxiiMetrics? metrics = null, PasswordHashSlots? hashSlots = null)
{
    // Per process: cache entries are only meaningful inside this process anyway.
    private readonly byte[] _cacheKey = RandomNumberGenerator.GetBytes(32);

    /// <summary>Returns the account when the name exists, is enabled and the password matches; else null.</summary>
    public async Task<Account?> VerifyAsync(string name, string password, CancellationToken ct)
    {
        var account = await accounts.FindAsync(name, ct);
        if (account is null || account.Disabled)
        {
            return null;
        }

        var key = CacheKey(name, password, account.PasswordHash);
        if (cache.TryGetValue(key, out _))
        {
            return account;
        }

        metrics?.PasswordHashComputed();
        var matches = hashSlots is null
            ? PasswordHasher.Verify(password, account.PasswordHash)
            : await hashSlots.RunAsync(() => PasswordHasher.Verify(password, account.PasswordHash), ct);
        if (!matches)
        {
            return null;
        }

        cache.Set(key, true, new MemoryCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = options.Value.CredentialCacheTtl,
            Size = 1,
        });
        return account;
    }

    private string CacheKey(string name, string password, string storedHash)
    {
        var material = Encoding.UTF8.GetBytes(name + "\0" + password + "\0" + storedHash);
        try
        {
            return "cred:" + Convert.ToBase64String(HMACSHA256.HashData(_cacheKey, material));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(material);
        }
    }
}
