using MongoDB.Bson;
using MongoDB.Driver;
using TaxiiServer.Storage.MongoDb.Documents;

namespace TaxiiServer.Storage.MongoDb.Updates;

/// <summary>
/// The two writes to a collection's date_added clock document. Both target it by _id, so both use the primary key.
/// </summary>
internal static class ClockUpdates
{
    private const string L = DateAddedClockDocument.LastField;
    private const string Leases = DateAddedClockDocument.LeasesField;

    /// <summary>The clock of one collection. Index: _id.</summary>
    public static FilterDefinition<DateAddedClockDocument> ForCollection(string collectionId) =>
        Builders<DateAddedClockDocument>.Filter.Eq(d => d.CollectionId, collectionId);

    /// <summary>
    /// Allocates <paramref name="count"/> consecutive values and leases them in one atomic pipeline update (run with
    /// upsert by findOneAndUpdate). The block starts at max(now, last + 1), so values follow real time when the
    /// collection is quiet and stay strictly increasing when nodes' clocks disagree or writers crowd in. Leases that
    /// have expired are dropped in the same update, so abandoned ones do not pile up.
    /// </summary>
    public static UpdateDefinition<DateAddedClockDocument> Allocate(long nowMicros, int count, string token, long expiresMicros)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentException.ThrowIfNullOrEmpty(token);

        // Stage 1: last = max(now - 1, last) + count; keep only live leases.
        var advance = new BsonDocument("$set", new BsonDocument
        {
            {
                L, new BsonDocument("$add", new BsonArray
                {
                    new BsonDocument("$max", new BsonArray { new BsonInt64(nowMicros - 1), IfNull("$" + L, new BsonInt64(0)) }),
                    new BsonInt64(count),
                })
            },
            {
                Leases, new BsonDocument("$filter", new BsonDocument
                {
                    { "input", IfNull("$" + Leases, new BsonArray()) },
                    { "as", "lease" },
                    { "cond", new BsonDocument("$gt", new BsonArray { "$$lease." + DateAddedLeaseDocument.ExpiresField, new BsonInt64(nowMicros) }) },
                })
            },
        });

        // Stage 2 sees the new last: the block is [last - count + 1, last].
        var lease = new BsonDocument
        {
            { DateAddedLeaseDocument.TokenField, new BsonDocument("$literal", token) },
            { DateAddedLeaseDocument.FromField, new BsonDocument("$subtract", new BsonArray { "$" + L, new BsonInt64(count - 1) }) },
            { DateAddedLeaseDocument.ToField, "$" + L },
            { DateAddedLeaseDocument.ExpiresField, new BsonInt64(expiresMicros) },
        };
        var record = new BsonDocument("$set", new BsonDocument(
            Leases, new BsonDocument("$concatArrays", new BsonArray { "$" + Leases, new BsonArray { lease } })));

        return Builders<DateAddedClockDocument>.Update.Pipeline(new BsonDocument[] { advance, record });
    }

    /// <summary>Ends a lease: its block is now committed or abandoned, and readers may pass it.</summary>
    public static UpdateDefinition<DateAddedClockDocument> Release(string token) =>
        Builders<DateAddedClockDocument>.Update.PullFilter(d => d.Leases, l => l.Token == token);

    private static BsonDocument IfNull(string path, BsonValue fallback) =>
        new("$ifNull", new BsonArray { path, fallback });
}
