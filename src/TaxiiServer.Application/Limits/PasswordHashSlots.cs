using Microsoft.Extensions.Options;
using TaxiiServer.Application.Diagnostics;

namespace TaxiiServer.Application.Limits;

/// <summary>
/// Caps how many PBKDF2 password checks run at once. Each one keeps a core busy for a large fraction of a second,
/// so a burst of them (a guessing attack before the guard's thresholds trip, or many partners signing in after a
/// restart) would otherwise take every core and stall cheap requests; waiting checks queue here instead.
/// Singleton: one cap per node.
/// </summary>
public sealed class PasswordHashSlots : IDisposable
{
    private readonly SemaphoreSlim _slots;
    private int _waiting;

    public PasswordHashSlots(IOptions<FailedAuthenticationOptions> options, TaxiiMetrics? metrics = null)
    {
        _slots = new SemaphoreSlim(options.Value.MaxConcurrentPasswordHashes);
        metrics?.ObserveGauge("taxii.auth.password_hash_waiting", "Password checks waiting for a hashing slot.",
            () => Volatile.Read(ref _waiting), "limiter", "password-hash");
    }

    /// <summary>Runs <paramref name="check"/> once a slot is free (the wait is cancelled with the request).</summary>
    public async Task<bool> RunAsync(Func<bool> check, CancellationToken ct)
    {
        Interlocked.Increment(ref _waiting);
        try
        {
            await _slots.WaitAsync(ct);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }

        try
        {
            return check();
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
