using MongoDB.Driver;
using TaxiiServer.Core.Storage;
using TaxiiServer.Storage.MongoDb.Documents;

namespace TaxiiServer.Storage.MongoDb.Filters;

/// <summary>
/// The per-record part of an <see cref="ObjectQuery"/>: the conditions a record can be judged on alone, without
/// looking at the other versions of its id.
/// </summary>
internal static class ObjectQueryFilters
{
    private static FilterDefinitionBuilder<ObjectDocument> F => Builders<ObjectDocument>.Filter;

    /// <summary>
    /// collection, (LowerBound, watermark], ids, types, listed spec versions, and listed version keys when the
    /// version filter holds nothing else. Index: objects_paging (collection_id, date_added) walks the page in
    /// order; with a type filter objects_by_type (collection_id, type, date_added) does; with an id list the
    /// planner may prefer objects_by_id and sort the few matches in memory.
    /// </summary>
    public static FilterDefinition<ObjectDocument> Candidates(ObjectQuery query, long watermark)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filters = new List<FilterDefinition<ObjectDocument>> { F.Eq(d => d.CollectionId, query.CollectionId) };
        if (query.LowerBound is { } lower)
        {
            filters.Add(F.Gt(d => d.DateAdded, lower.Microseconds));
        }

        filters.Add(F.Lte(d => d.DateAdded, watermark));
        if (query.Ids.Count > 0)
        {
            filters.Add(F.In(d => d.StixId, query.Ids));
        }

        if (query.Types.Count > 0)
        {
            filters.Add(F.In(d => d.Type, query.Types));
        }

        if (query.SpecVersions.Count > 0)
        {
            filters.Add(F.In(d => d.SpecVersion, query.SpecVersions));
        }

        if (OnlyListedVersions(query.Versions))
        {
            // No first/last: the version filter is a plain IN, and an empty list rightly matches nothing.
            filters.Add(F.In(d => d.VersionKey, query.Versions.SortKeys));
        }

        return F.And(filters);
    }

    /// <summary>True when the version filter needs no knowledge of other versions: neither all, first nor last.</summary>
    public static bool OnlyListedVersions(VersionFilter versions) =>
        !versions.All && !versions.First && !versions.Last;
}
