namespace TaxiiServer.Api.Tests.Paging;

/// <summary>One stored record as the test knows it: what was POSTed plus the date_added the server gave it.</summary>
public sealed record ModelRecord(string Id, string Type, string Version, long VersionMicros, string Spec, long DateAdded);

/// <summary>A random query: each member null or empty when not sent.</summary>
public sealed record ModelQuery(
    string Endpoint, IReadOnlyList<string> Ids, IReadOnlyList<string> Types, string? Versions, string? Specs, long? AddedAfter, int Limit)
{
    public override string ToString() =>
        $"{Endpoint} ids=[{string.Join(',', Ids)}] types=[{string.Join(',', Types)}] version={Versions} spec={Specs} added_after={AddedAfter} limit={Limit}";
}

/// <summary>
/// What TAXII says a filtered listing holds, computed in memory: id/type/added_after select records; the
/// spec-version filter (default: each id's latest spec_version) picks the candidates per id, among which
/// match[version] (default last) picks first/last/listed versions; the result is in date_added order.
/// </summary>
public static class PagingModel
{
    public static IReadOnlyList<ModelRecord> Expected(IReadOnlyList<ModelRecord> stored, ModelQuery query) =>
        stored.Where(r => Matches(stored, query, r)).OrderBy(r => r.DateAdded).ToList();

    private static bool Matches(IReadOnlyList<ModelRecord> stored, ModelQuery query, ModelRecord record)
    {
        if ((query.Ids.Count > 0 && !query.Ids.Contains(record.Id)) ||
            (query.Types.Count > 0 && !query.Types.Contains(record.Type)) ||
            (query.AddedAfter is { } after && record.DateAdded <= after))
        {
            return false;
        }

        var sameId = stored.Where(r => r.Id == record.Id).ToList();
        var specs = query.Specs?.Split(',') ?? [sameId.Max(r => r.Spec)!];
        var candidates = sameId.Where(r => specs.Contains(r.Spec)).ToList();
        if (!candidates.Contains(record))
        {
            return false;
        }

        var selectors = (query.Versions ?? "last").Split(',');
        if (selectors.Contains("all"))
        {
            return true;
        }

        return (selectors.Contains("first") && record.VersionMicros == candidates.Min(r => r.VersionMicros)) ||
               (selectors.Contains("last") && record.VersionMicros == candidates.Max(r => r.VersionMicros)) ||
               selectors.Contains(record.Version);
    }
}
