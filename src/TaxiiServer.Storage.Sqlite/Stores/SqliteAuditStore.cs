using System.Text;
using Microsoft.Data.Sqlite;
using TaxiiServer.Core.Access;
using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Storage.Sqlite.Stores;

/// <summary>The audit trail in the <c>audit</c> table, keyed and paged by (timestamp, id).</summary>
internal sealed class SqliteAuditStore(SqliteDatabase database) : IAuditStore
{
    public Task AppendAsync(AuditRecord record, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        return database.WriteAsync((connection, transaction, token) => SqliteCommands.TryInsertAsync(
            connection, transaction,
            """
            INSERT INTO audit (id, timestamp, actor, source, action, target, details, outcome)
            VALUES ($id, $ts, $actor, $source, $action, $target, $details, $outcome) ON CONFLICT DO NOTHING;
            """,
            token,
            ("$id", record.Id), ("$ts", record.Timestamp.Microseconds), ("$actor", record.Actor),
            ("$source", record.Source), ("$action", record.Action), ("$target", record.Target),
            ("$details", record.Details), ("$outcome", record.Outcome)), ct);
    }

    public Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        return database.ReadAsync(async (connection, token) =>
        {
            // Primary key (timestamp, id) walked backwards, or ix_audit_actor / ix_audit_action when filtered.
            var sql = new StringBuilder(
                "SELECT id, timestamp, actor, source, action, target, details, outcome FROM audit WHERE 1 = 1");
            var parameters = new List<(string, object?)>();
            if (query.Actor is { } actor)
            {
                sql.Append(" AND actor = $actor");
                parameters.Add(("$actor", actor));
            }

            if (query.Action is { } action)
            {
                sql.Append(" AND action = $action");
                parameters.Add(("$action", action));
            }

            if (query.Since is { } since)
            {
                sql.Append(" AND timestamp >= $since");
                parameters.Add(("$since", since.Microseconds));
            }

            if (query.Until is { } until)
            {
                sql.Append(" AND timestamp < $until");
                parameters.Add(("$until", until.Microseconds));
            }

            if (query.Cursor is { } cursor)
            {
                sql.Append(" AND (timestamp < $cts OR (timestamp = $cts AND id < $cid))");
                parameters.Add(("$cts", cursor.Timestamp.Microseconds));
                parameters.Add(("$cid", cursor.Id));
            }

            // One more than asked tells whether another page exists.
            sql.Append(" ORDER BY timestamp DESC, id DESC LIMIT $limit;");
            parameters.Add(("$limit", query.Limit + 1));

            await using var command = SqliteCommands.Create(connection, null, sql.ToString(), [.. parameters]);
            var records = new List<AuditRecord>();
            await using var reader = await command.ExecuteReaderAsync(token);
            while (await reader.ReadAsync(token))
            {
                records.Add(Read(reader));
            }

            return Page(records, query.Limit);
        }, ct);
    }

    internal static AuditPage Page(List<AuditRecord> records, int limit)
    {
        if (records.Count <= limit)
        {
            return new AuditPage(records, null);
        }

        records.RemoveRange(limit, records.Count - limit);
        var last = records[^1];
        return new AuditPage(records, new AuditCursor(last.Timestamp, last.Id));
    }

    private static AuditRecord Read(SqliteDataReader r) => new(
        r.GetString(0), new TaxiiTimestamp(r.GetInt64(1)), r.GetString(2), r.GetNullableString(3), r.GetString(4),
        r.GetNullableString(5), r.GetNullableString(6), r.GetString(7));
}
