using MongoDB.Driver;
using TaxiiServer.Core.Access;
using TaxiiServer.Core.Storage;
using TaxiiServer.Storage.MongoDb.Documents;
using TaxiiServer.Storage.MongoDb.Filters;

namespace TaxiiServer.Storage.MongoDb.Stores;

/// <summary>The audit trail; appends are plain inserts, pages are read newest first by (ts, _id).</summary>
internal sealed class MongoAuditStore(MongoStoreContext context) : IAuditStore
{
    public Task AppendAsync(AuditRecord record, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        // A retried insert that already landed is a duplicate key: the record is there, which is all we want.
        return DuplicateKey.TryInsertAsync(context, context.Audit, AdminDocumentMapping.ToDocument(record), ct);
    }

    public async Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        // One more than asked tells whether another page exists.
        var documents = await context.Executor.ExecuteAsync(
            token => context.Audit.Find(AdminFilters.Audit(query)).Sort(AdminFilters.AuditNewestFirst)
                .Limit(query.Limit + 1).ToListAsync(token), ct);
        var records = documents.Select(AdminDocumentMapping.ToAuditRecord).ToList();
        if (records.Count <= query.Limit)
        {
            return new AuditPage(records, null);
        }

        records.RemoveRange(query.Limit, records.Count - query.Limit);
        return new AuditPage(records, new AuditCursor(records[^1].Timestamp, records[^1].Id));
    }
}
