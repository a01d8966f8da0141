using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Application.Query;

/// <summary>The filters of one request, parsed and normalised.</summary>
public sealed record TaxiiFilters(
    TaxiiTimestamp? AddedAfter,
    int Limit,
    string? Next,
    IReadOnlyList<string> Ids,
    IReadOnlyList<string> Types,
    VersionFilter Versions,
    IReadOnlyList<string> SpecVersions)
{
    /// <summary>
    /// A canonical text of everything that selects records (not limit, not next): a <c>next</c> token is bound to
    /// it, so a cursor cannot be replayed with other filters.
    /// </summary>
    public string Signature(QueryEndpoint endpoint, string collectionId, string? objectId) =>
        string.Join('|',
            endpoint, collectionId, objectId ?? "",
            AddedAfter?.Microseconds.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            string.Join(',', Ids.Order(StringComparer.Ordinal)),
            string.Join(',', Types.Order(StringComparer.Ordinal)),
            $"{Versions.First}{Versions.Last}{Versions.All}:{string.Join(',', Versions.SortKeys.Order(StringComparer.Ordinal))}",
            string.Join(',', SpecVersions.Order(StringComparer.Ordinal)));
}
