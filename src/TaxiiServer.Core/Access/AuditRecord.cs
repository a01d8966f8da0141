using TaxiiServer.Core.Stix;

namespace TaxiiServer.Core.Access;

/// <summary>
/// One entry of the audit trail: who (<see cref="Actor"/>, the account name or the name tried), from where
/// (<see cref="Source"/>, the client address), what (<see cref="Action"/>, e.g. <c>account.create</c>, on
/// <see cref="Target"/>), how it went (<see cref="Outcome"/>) and the change itself (<see cref="Details"/>), which
/// never holds a password or a key secret.
/// </summary>
public sealed record AuditRecord(
    string Id,
    TaxiiTimestamp Timestamp,
    string Actor,
    string? Source,
    string Action,
    string? Target,
    string? Details,
    string Outcome);

/// <summary>Outcome values used in <see cref="AuditRecord.Outcome"/>.</summary>
public static class AuditOutcomes
{
    public const string Success = "success";
    public const string Failure = "failure";
    public const string Denied = "denied";
}
