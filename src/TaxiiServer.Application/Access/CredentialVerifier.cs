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
/// keyed hash of (name, password), with the stored hash it matched: the plain password is never a cache key, and a
/// changed password changes the stored hash and so no longer matches the entry. Because the key needs no store
/// read, <see cref="TryCachedAsync"/> tells a known-good credential apart before the failed-sign-in guard runs:
/// a partner already signed in is served even from an address under attack.
/// </summary>
public sealed class CredentialVerifier(
    IAccountStore accounts, IMemoryCache cache, IOptions<SecurityOptions> options,
    TaxiiMetrics? metrics = null, PasswordHashSlots? hashSlots = null)
{
    // Per process: cache entries are only meaningful inside this process anyway.
    private readonly byte[] _cacheKey = RandomNumberGenerator.GetBytes(32);

    /// <summary>
    /// The account when these exact credentials verified recently and still match (enabled, same password); null
    /// otherwise, without a store read when they are not remembered, and never with a hash computed.
    /// </summary>
    public async Task<Account?> TryCachedAsync(string name, string password, CancellationToken ct)
    {
        var key = CacheKey(name, password);
        if (!cache.TryGetValue(key, out string? verifiedHash))
        {
            return null;
        }

        var account = await accounts.FindAsync(name, ct);
        if (account is null || account.Disabled || account.PasswordHash != verifiedHash)
        {
            cache.Remove(key);
            return null;
        }

        return account;
    }

    /// <summary>Returns the account when the name exists, is enabled and the password matches; else null.</summary>
    public async Task<Account?> VerifyAsync(string name, string password, CancellationToken ct)
    {
        var account = await accounts.FindAsync(name, ct);
        if (account is null || account.Disabled)
        {
            return null;
        }

        var key = CacheKey(name, password);
        if (IsRemembered(key, account))
        {
            return account;
        }

        // Inside the slot, so that the next check waiting for it finds the entry.
        bool Check() => IsRemembered(key, account) || HashAndRemember(key, password, account);
        var matches = hashSlots is null ? Check() : await hashSlots.RunAsync(Check, ct);
        return matches ? account : null;
    }

    // Asked again once a hashing slot is free: a client that opens many connections at once sends the same
    // credentials on each, and all but the first would otherwise queue for a PBKDF2 check of their own (at one
    // check at a time, seconds for the last one) although the first one already proved them.
    private bool IsRemembered(string key, Account account) =>
        cache.TryGetValue(key, out string? verifiedHash) && verifiedHash == account.PasswordHash;

    private bool HashAndRemember(string key, string password, Account account)
    {
        metrics?.PasswordHashComputed();
        if (!PasswordHasher.Verify(password, account.PasswordHash))
        {
            return false;
        }

        cache.Set(key, account.PasswordHash, new MemoryCacheEntryOptions
        {
            SlidingExpiration = options.Value.CredentialCacheTtl,
            AbsoluteExpirationRelativeToNow = TimeSpan.FromDays(1),
            Size = 1,
        });
        return true;
    }

    private string CacheKey(string name, string password)
    {
        var material = Encoding.UTF8.GetBytes(name + "\0" + password);
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
