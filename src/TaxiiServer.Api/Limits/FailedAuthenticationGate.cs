using TaxiiServer.Application.Diagnostics;
using TaxiiServer.Application.Limits;

namespace TaxiiServer.Api.Limits;

/// <summary>
/// What an authentication handler calls around a credential check that would cost a password hash (never around a
/// cache hit or an API key): <see cref="TryRefuse"/> before (true: do not verify, fail the attempt),
/// <see cref="Failed"/> or <see cref="Succeeded"/> after. A refusal is remembered on
/// the request, and the limits middleware answers it 429 with Retry-After instead of 401.
/// Singleton: it only forwards to the guard.
/// </summary>
internal sealed class FailedAuthenticationGate(FailedAuthenticationGuard guard, TaxiiMetrics metrics)
{
    private static readonly object RefusalKey = new();

    /// <summary>True when this attempt must be refused without verifying the credential.</summary>
    public bool TryRefuse(HttpContext context, string accountName)
    {
        var refusal = guard.CheckBeforeVerification(ClientAddress.KeyOf(context), accountName);
        if (refusal is null)
        {
            return false;
        }

        context.Items[RefusalKey] = refusal;
        metrics.AuthenticationFailed("refused-" + refusal.Reason);
        return true;
    }

    public void Failed(HttpContext context, string accountName)
    {
        guard.RecordFailure(ClientAddress.KeyOf(context), accountName);
        metrics.AuthenticationFailed("invalid-credentials");
    }

    /// <summary>Whether a failure of this request should be written to the audit trail (not while its address is blocked).</summary>
    public bool ShouldAudit(HttpContext context) =>
        RefusalOf(context) is null && !guard.IsAddressBlocked(ClientAddress.KeyOf(context));

    public void Succeeded(HttpContext context, string accountName) =>
        guard.RecordSuccess(ClientAddress.KeyOf(context), accountName);

    /// <summary>The refusal <see cref="TryRefuse"/> recorded on this request, if any.</summary>
    public static AuthenticationRefusal? RefusalOf(HttpContext context) => context.Items[RefusalKey] as AuthenticationRefusal;
}
