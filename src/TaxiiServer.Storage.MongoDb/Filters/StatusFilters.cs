using MongoDB.Driver;
using TaxiiServer.Storage.MongoDb.Documents;

namespace TaxiiServer.Storage.MongoDb.Filters;

/// <summary>Filters of the statuses collection, with the index each uses.</summary>
internal static class StatusFilters
{
    /// <summary>Index: _id, an exact match on the (api_root, id) sub-document.</summary>
    public static FilterDefinition<StatusDocument> Status(string apiRoot, string id) =>
        Builders<StatusDocument>.Filter.Eq(d => d.Key, DocumentMapping.StatusKey(apiRoot, id));

    /// <summary>Completed before a time; pending statuses have no completed_at and never match. Index: statuses_completed_at.</summary>
    public static FilterDefinition<StatusDocument> CompletedBefore(long microseconds) =>
        Builders<StatusDocument>.Filter.Lt(d => d.CompletedAt, microseconds);
}
