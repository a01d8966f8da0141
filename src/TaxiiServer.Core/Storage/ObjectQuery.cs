using TaxiiServer.Core.Stix;

namespace TaxiiServer.Core.Storage;

/// <summary>
/// A filtered, paged read of one collection, ordered by date_added ascending.
/// </summary>
/// <param name="CollectionId">The collection.</param>
/// <param name="AddedAfter">Only records whose date_added is strictly later (the <c>added_after</c> filter).</param>
/// <param name="After">The paging cursor: only records strictly after this date_added.</param>
/// <param name="Ids"><c>match[id]</c>; empty = any.</param>
/// <param name="Types"><c>match[type]</c>; empty = any.</param>
/// <param name="Versions"><c>match[version]</c>, applied per id after the spec-version filter.</param>
/// <param name="SpecVersions"><c>match[spec_version]</c>; empty = only each id's latest spec_version.</param>
/// <param name="Limit">Page size; the store reads one more record to know whether there are more.</param>
public sealed record ObjectQuery(
    string CollectionId,
    TaxiiTimestamp? AddedAfter,
    TaxiiTimestamp? After,
    IReadOnlyList<string> Ids,
    IReadOnlyList<string> Types,
    VersionFilter Versions,
    IReadOnlyList<string> SpecVersions,
    int Limit)
{
    /// <summary>The effective exclusive lower bound of date_added: the later of added_after and the cursor.</summary>
    public TaxiiTimestamp? LowerBound =>
        (AddedAfter, After) switch
        {
            (null, null) => null,
            ({ } a, null) => a,
            (null, { } b) => b,
            ({ } a, { } b) => a > b ? a : b,
        };
}
