using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace TaxiiServer.Application.Limits;

/// <summary>Why an attempt was refused and when the client may try again.</summary>
/// <param name="Reason">A short stable word for logs and metrics: address, account-address or account-slowdown.</param>
/// <param name="RetryAfter">The soonest the refusal may lift.</param>
public sealed record AuthenticationRefusal(string Reason, TimeSpan RetryAfter);

/// <summary>
/// Refuses sign-in attempts cheaply, before any PBKDF2 hash is computed, once failures pile up. Three counters:
/// <list type="bullet">
/// <item>per client address (any name): one address guessing many names is cut off;</item>
/// <item>per (account, address): one address guessing one account is cut off, while the same account still signs
/// in from elsewhere, so an attacker cannot lock a partner out;</item>
/// <item>from an address or pair that is cut off, each account name still gets one attempt per
/// <see cref="FailedAuthenticationOptions.BlockedAddressTrickleInterval"/>: the first sign-in of a partner behind
/// the same NAT as an attacker gets through (at once, unless the attacker guesses that very name);</item>
/// <item>per account (all addresses): a distributed guess at one account slows that account's attempts from
/// addresses it has not signed in from recently to a trickle; addresses it succeeded from keep full speed. A
/// slow-down rather than a lockout, for the same reason.</item>
/// </list>
/// Only attempts that would cost a password hash come here: credentials verified recently and API keys are
/// checked without one, before the guard (see the authentication handlers).
/// State is in this node's memory (see README "Limits"). Singleton: the counters are shared by all requests.
/// </summary>
public sealed class FailedAuthenticationGuard
{
    private readonly FailedAuthenticationOptions _options;
    private readonly TimeProvider _clock;
    private readonly WindowedCounter _byAddress;
    private readonly WindowedCounter _byAccountAndAddress;
    private readonly WindowedCounter _byAccount;
    private readonly ConcurrentDictionary<string, long> _trusted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _slowDownNext = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _trickleNext = new(StringComparer.Ordinal);
    private readonly long _slowDownInterval;
    private readonly long _trickleInterval;
    private readonly TimeSpan _slowDownRetryAfter;

    public FailedAuthenticationGuard(IOptions<FailedAuthenticationOptions> options, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
        _byAddress = new WindowedCounter(_options.Window, _options.MaxTrackedKeys, clock);
        _byAccountAndAddress = new WindowedCounter(_options.Window, _options.MaxTrackedKeys, clock);
        _byAccount = new WindowedCounter(_options.Window, _options.MaxTrackedKeys, clock);
        _slowDownInterval = (long)(clock.TimestampFrequency / _options.AccountSlowDownPermitsPerSecond);
        _slowDownRetryAfter = TimeSpan.FromSeconds(1 / _options.AccountSlowDownPermitsPerSecond);
        _trickleInterval = (long)(_options.BlockedAddressTrickleInterval.TotalSeconds * clock.TimestampFrequency);
    }

    /// <summary>
    /// Call before verifying a password. Null: go ahead. Otherwise refuse the attempt without verifying it.
    /// </summary>
    /// <param name="address">The client's address as a partition key (see the API's client address helper).</param>
    /// <param name="account">The account name the client claims.</param>
    public AuthenticationRefusal? CheckBeforeVerification(string address, string account)
    {
        var pair = Pair(account, address);
        var blocked = _byAddress.Count(address) >= _options.MaxFailuresPerAddress
            ? new AuthenticationRefusal("address", _byAddress.UntilNextRotation())
            : _byAccountAndAddress.Count(pair) >= _options.MaxFailuresPerAccountAndAddress
                ? new AuthenticationRefusal("account-address", _byAccountAndAddress.UntilNextRotation())
                : null;
        if (blocked is not null && !(_trickleInterval > 0 && TakeTurn(_trickleNext, account, _trickleInterval)))
        {
            return _trickleInterval > 0 && blocked.RetryAfter > _options.BlockedAddressTrickleInterval
                ? blocked with { RetryAfter = _options.BlockedAddressTrickleInterval }
                : blocked;
        }

        if (_byAccount.Count(account) < _options.AccountSlowDownThreshold || IsTrusted(pair))
        {
            return null;
        }

        return TakeTurn(_slowDownNext, account, _slowDownInterval)
            ? null
            : new AuthenticationRefusal("account-slowdown", _slowDownRetryAfter);
    }

    /// <summary>
    /// Whether the address is over its failure threshold (only the trickle gets through): its further failures are
    /// counted in metrics, not audited one by one, so a flood cannot turn into a write per request.
    /// </summary>
    public bool IsAddressBlocked(string address) => _byAddress.Count(address) >= _options.MaxFailuresPerAddress;

    /// <summary>Call after a failed verification (unknown name, disabled account or wrong password).</summary>
    public void RecordFailure(string address, string account)
    {
        _byAddress.Increment(address);
        _byAccountAndAddress.Increment(Pair(account, address));
        _byAccount.Increment(account);
    }

    /// <summary>Call after a successful verification: the pair's failures are forgotten and the address trusted.</summary>
    public void RecordSuccess(string address, string account)
    {
        var pair = Pair(account, address);
        _byAccountAndAddress.Reset(pair);
        if (_trusted.Count >= _options.MaxTrackedKeys)
        {
            var now = _clock.GetTimestamp();
            foreach (var (key, expiry) in _trusted)
            {
                if (expiry <= now)
                {
                    _trusted.TryRemove(key, out _);
                }
            }

            if (_trusted.Count >= _options.MaxTrackedKeys)
            {
                return;
            }
        }

        _trusted[pair] = _clock.GetTimestamp() + (long)(_options.TrustedAddressTtl.TotalSeconds * _clock.TimestampFrequency);
    }

    private bool IsTrusted(string pair) => _trusted.TryGetValue(pair, out var expiry) && expiry > _clock.GetTimestamp();

    /// <summary>A one-permit token bucket per account: one attempt per interval gets through.</summary>
    private bool TakeTurn(ConcurrentDictionary<string, long> turns, string account, long interval)
    {
        if (turns.Count >= _options.MaxTrackedKeys)
        {
            // Only accounts under attack have an entry; forgetting them all lets one extra attempt each through.
            turns.Clear();
        }

        var now = _clock.GetTimestamp();
        while (true)
        {
            var next = turns.GetOrAdd(account, now);
            if (next > now)
            {
                return false;
            }

            if (turns.TryUpdate(account, now + interval, next))
            {
                return true;
            }
        }
    }

    private static string Pair(string account, string address) => account + "\n" + address;
}
