using TaxiiServer.Core.Stix;

namespace TaxiiServer.Core.Taxii;

/// <summary>One entry of a status list: an object version and, for failures, why.</summary>
public sealed record StatusDetail(string Id, string? Version, string? Message);

/// <summary>
/// The outcome of one POST to an objects endpoint. <see cref="Owner"/> is the account that posted it: only that
/// account (or an admin) may read it.
/// </summary>
public sealed record StatusResource(
    string Id,
    string ApiRoot,
    string Owner,
    TaxiiTimestamp RequestTimestamp,
    IReadOnlyList<StatusDetail> Successes,
    IReadOnlyList<StatusDetail> Failures,
    IReadOnlyList<StatusDetail> Pendings,
    TaxiiTimestamp? CompletedAt)
{
    public bool IsComplete => Pendings.Count == 0;
    public int TotalCount => Successes.Count + Failures.Count + Pendings.Count;
}
