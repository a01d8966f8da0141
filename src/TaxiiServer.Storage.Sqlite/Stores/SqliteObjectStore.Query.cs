using System.Text;
using Microsoft.Data.Sqlite;
using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Storage.Sqlite.Stores;

internal sealed partial class SqliteObjectStore
{
    internal const string ExistsSql = "SELECT EXISTS (SELECT 1 FROM objects WHERE collection_id = $c AND id = $id);";

    internal const string CountSql = "SELECT COUNT(*) FROM objects WHERE collection_id = $c;";

    public Task<ObjectPage> QueryAsync(ObjectQuery query, bool includeContent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Limit);
        return database.ReadAsync((connection, token) => QueryPageAsync(connection, query, includeContent, token), ct);
    }

    private static async Task<ObjectPage> QueryPageAsync(
        SqliteConnection connection, ObjectQuery query, bool includeContent, CancellationToken ct)
    {
        await using var command = BuildPageCommand(connection, query, includeContent);
        var items = new List<StoredObject>(Math.Min(query.Limit, 1024));
        var more = false;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            if (items.Count == query.Limit)
            {
                more = true;
                break;
            }

            items.Add(new StoredObject(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                new TaxiiTimestamp(reader.GetInt64(4)),
                includeContent ? reader.GetFieldValue<byte[]>(5) : ReadOnlyMemory<byte>.Empty));
        }

        return new ObjectPage(items, more);
    }

    /// <summary>The page query; internal so tests can check its plan with EXPLAIN QUERY PLAN.</summary>
    internal static SqliteCommand BuildPageCommand(SqliteConnection connection, ObjectQuery query, bool includeContent)
    {
        var command = connection.CreateCommand();
        var sql = new StringBuilder(512);
        sql.Append("SELECT o.id, o.type, o.version, o.spec_version, o.date_added")
            .Append(includeContent ? ", o.raw" : "");

        // Without match[id] the page is a range scan of ux_objects_date_added (collection_id, date_added, type) that
        // stops after Limit+1 hits; with it, ix_objects_id_spec finds the few records of those ids and sorts them.
        // The index is forced because without ANALYZE statistics SQLite may prefer the id index and sort the whole
        // collection for every page.
        sql.Append(query.Ids.Count == 0
            ? " FROM objects AS o INDEXED BY ux_objects_date_added"
            : " FROM objects AS o INDEXED BY ix_objects_id_spec");
        sql.Append(" WHERE o.collection_id = $c");
        command.Parameters.AddWithValue("$c", query.CollectionId);
        if (query.LowerBound is { } bound)
        {
            sql.Append(" AND o.date_added > $after");
            command.Parameters.AddWithValue("$after", bound.Microseconds);
        }

        ObjectFilterSql.AppendSelection(sql, command.Parameters, query, withTypes: true);
        sql.Append(" ORDER BY o.date_added LIMIT $limit;");
        command.Parameters.AddWithValue("$limit", (long)query.Limit + 1);
        command.CommandText = sql.ToString();
        return command;
    }

    public Task<int> DeleteAsync(ObjectQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Ids.Count == 0)
        {
            throw new ArgumentException("A delete names the one object id it applies to.", nameof(query));
        }

        // Only the id, spec-version and version filters select what goes; date bounds, types and limit do not.
        var selection = query with { Ids = [query.Ids[0]], Types = [], AddedAfter = null, After = null };
        return database.WriteAsync(async (connection, transaction, token) =>
        {
            await using var command = BuildDeleteCommand(connection, selection);
            command.Transaction = transaction;
            return await command.ExecuteNonQueryAsync(token);
        }, ct);
    }

    /// <summary>The delete statement; internal so tests can check its plan.</summary>
    internal static SqliteCommand BuildDeleteCommand(SqliteConnection connection, ObjectQuery selection)
    {
        var command = connection.CreateCommand();
        // The rowids are collected first (ix_objects_id_spec), so the per-id MIN/MAX subqueries see the records
        // as they were before the delete.
        var sql = new StringBuilder(
            "DELETE FROM objects WHERE rowid IN (SELECT o.rowid FROM objects AS o INDEXED BY ix_objects_id_spec"
            + " WHERE o.collection_id = $c");
        command.Parameters.AddWithValue("$c", selection.CollectionId);
        ObjectFilterSql.AppendSelection(sql, command.Parameters, selection, withTypes: false);
        sql.Append(");");
        command.CommandText = sql.ToString();
        return command;
    }

    public Task<bool> ExistsAsync(string collectionId, string id, CancellationToken ct) =>
        database.ReadAsync(async (connection, token) =>
        {
            await using var command = connection.CreateCommand();
            // ix_objects_id_spec (prefix collection_id, id)
            command.CommandText = ExistsSql;
            command.Parameters.AddWithValue("$c", collectionId);
            command.Parameters.AddWithValue("$id", id);
            return await command.ExecuteScalarAsync(token) is long found && found != 0;
        }, ct);

    public Task<long> CountAsync(string collectionId, CancellationToken ct) =>
        database.ReadAsync(async (connection, token) =>
        {
            await using var command = connection.CreateCommand();
            // covering scan of ux_objects_date_added (prefix collection_id)
            command.CommandText = CountSql;
            command.Parameters.AddWithValue("$c", collectionId);
            return (long)(await command.ExecuteScalarAsync(token) ?? 0L);
        }, ct);

    public Task<long> DeleteCollectionAsync(string collectionId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(collectionId);
        return database.WriteAsync(async (connection, transaction, token) =>
        {
            // ux_objects_date_added prefix. collection_clock is kept: a collection re-created under the same id still
            // never hands out a date_added below one already served.
            await using var command = SqliteCommands.Create(connection, transaction,
                "DELETE FROM objects WHERE collection_id = $c;", ("$c", collectionId));
            return (long)await command.ExecuteNonQueryAsync(token);
        }, ct);
    }
}
