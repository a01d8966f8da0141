using System.ComponentModel.DataAnnotations;

namespace TaxiiServer.Application.Limits;

/// <summary>
/// When failed sign-ins are refused before any password hash is computed, bound from
/// <c>Taxii:Limits:FailedAuthentication</c>. Counters live in the memory of each node.
/// </summary>
public sealed class FailedAuthenticationOptions
{
    public const string Section = "Taxii:Limits:FailedAuthentication";

    /// <summary>How long a failure counts. Default 15 minutes.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Failures from one client address (any account names) after which every attempt from it is refused until
    /// the window passes. Default 20.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxFailuresPerAddress { get; set; } = 20;

    /// <summary>Failures for one account name from one address after which that pair is refused. Default 5.</summary>
    [Range(1, 1_000_000)]
    public int MaxFailuresPerAccountAndAddress { get; set; } = 5;

    /// <summary>
    /// Failures for one account name from all addresses after which that account is slowed down (not locked):
    /// attempts from addresses it has not recently signed in from pass at
    /// <see cref="AccountSlowDownPermitsPerSecond"/>. Default 50.
    /// </summary>
    [Range(1, 1_000_000)]
    public int AccountSlowDownThreshold { get; set; } = 50;

    /// <summary>Attempts per second let through for a slowed-down account from unknown addresses. Default 1.</summary>
    [Range(0.01, 1000)]
    public double AccountSlowDownPermitsPerSecond { get; set; } = 1;

    /// <summary>
    /// From an address (or account-address pair) that is refused, one attempt per account name passes this often,
    /// so a partner's first sign-in behind the same NAT as an attacker gets through. Default 10 seconds; zero turns
    /// the trickle off.
    /// </summary>
    public TimeSpan BlockedAddressTrickleInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a successful sign-in exempts its (account, address) pair from the slow-down. Default 24 hours.</summary>
    public TimeSpan TrustedAddressTtl { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// PBKDF2 password checks computed at once (cache misses only; each keeps a core busy). Default half the
    /// processor count, at least 1, so cheap requests always have a core.
    /// </summary>
    [Range(1, 1024)]
    public int MaxConcurrentPasswordHashes { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>
    /// Most keys (addresses, pairs, accounts) counted per window, which bounds memory; beyond it new keys are not
    /// counted (the per-address request quota still applies). Default 100,000.
    /// </summary>
    [Range(100, 10_000_000)]
    public int MaxTrackedKeys { get; set; } = 100_000;
}
