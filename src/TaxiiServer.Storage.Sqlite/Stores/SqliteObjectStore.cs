using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Storage.Sqlite.Stores;

/// <summary>
/// STIX objects in the <c>objects</c> table. Acknowledged means durable: <see cref="AddAsync"/> returns after its
/// transaction committed with <c>synchronous=FULL</c>. date_added values come from the per-collection clock inside
/// the single write transaction, so commit order equals date_added order and a reader paging by date_added never
/// skips a record that commits after its read. The same transaction makes (collection, id, version) unique: every
/// writer, in this process or another, holds the write lock (<c>BEGIN IMMEDIATE</c>) from its version lookup to its
/// insert.
/// </summary>
internal sealed partial class SqliteObjectStore(SqliteDatabase database, TimeProvider clock) : IObjectStore
{
    // The fixed statements are constants so the query-plan tests check exactly what runs.
    internal const string ReadClockSql = "SELECT last_date_added FROM collection_clock WHERE collection_id = $c;";

    internal const string FindVersionSql =
        "SELECT content_hash, date_added FROM objects INDEXED BY ix_objects_id_spec WHERE collection_id = $c AND id = $id AND version_key = $vk;";

    internal const string FirstArrivalSql =
        "SELECT MIN(date_added) FROM objects INDEXED BY ix_objects_id_spec WHERE collection_id = $c AND id = $id;";

    public Task<IReadOnlyList<AddOutcome>> AddAsync(
        string collectionId, IReadOnlyList<NewObject> objects, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(collectionId);
        ArgumentNullException.ThrowIfNull(objects);
        if (objects.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<AddOutcome>>([]);
        }

        return database.WriteAsync<IReadOnlyList<AddOutcome>>(
            (connection, transaction, token) => AddInTransactionAsync(connection, transaction, collectionId, objects, token),
            ct);
    }

    private async Task<IReadOnlyList<AddOutcome>> AddInTransactionAsync(
        SqliteConnection connection, SqliteTransaction transaction, string collectionId,
        IReadOnlyList<NewObject> objects, CancellationToken ct)
    {
        // Commands are prepared once per batch and re-bound per object: ingest of large bundles stays cheap.
        await using var readClock = Command(connection, transaction, ReadClockSql, collectionId);
        var last = await readClock.ExecuteScalarAsync(ct) is long stored ? stored : long.MinValue;
        var clockBefore = last;

        // ix_objects_id_spec: a seek on (collection, id), then the versions of that id within the index.
        await using var findVersion = Command(connection, transaction, FindVersionSql, collectionId);
        var findId = findVersion.Parameters.Add("$id", SqliteType.Text);
        var findKey = findVersion.Parameters.Add("$vk", SqliteType.Text);

        // ix_objects_id_spec, forced: left alone, SQLite answers MIN(date_added) by walking ux_objects_date_added
        // from the oldest record until the id turns up, that is through the whole collection for a new id.
        await using var firstArrival = Command(connection, transaction, FirstArrivalSql, collectionId);
        var firstArrivalId = firstArrival.Parameters.Add("$id", SqliteType.Text);

        await using var insert = Command(connection, transaction,
            """
            INSERT INTO objects (collection_id, id, type, version, version_key, spec_version, date_added, content_hash, raw)
            VALUES ($c, $id, $type, $version, $vk, $spec, $added, $hash, $raw);
            """,
            collectionId);
        var insId = insert.Parameters.Add("$id", SqliteType.Text);
        var insType = insert.Parameters.Add("$type", SqliteType.Text);
        var insVersion = insert.Parameters.Add("$version", SqliteType.Text);
        var insKey = insert.Parameters.Add("$vk", SqliteType.Text);
        var insSpec = insert.Parameters.Add("$spec", SqliteType.Text);
        var insAdded = insert.Parameters.Add("$added", SqliteType.Integer);
        var insHash = insert.Parameters.Add("$hash", SqliteType.Text);
        var insRaw = insert.Parameters.Add("$raw", SqliteType.Blob);

        var outcomes = new List<AddOutcome>(objects.Count);
        foreach (var item in objects)
        {
            ArgumentNullException.ThrowIfNull(item);
            long? newDateAdded = null;
            var version = item.Version;
            if (version is null)
            {
                // Objects without created/modified take the date_added of their id's first arrival as version, so
                // re-POSTing them is recognised as the same version.
                firstArrivalId.Value = item.Id;
                if (await firstArrival.ExecuteScalarAsync(ct) is long first)
                {
                    version = StixVersion.FromDateAdded(new TaxiiTimestamp(first));
                }
                else
                {
                    newDateAdded = NextDateAdded(last);
                    version = StixVersion.FromDateAdded(new TaxiiTimestamp(newDateAdded.Value));
                }
            }

            // The lookup's index pages are the ones the insert then writes, so a new version (the common case) costs
            // little more than the insert alone.
            findId.Value = item.Id;
            findKey.Value = version.SortKey;
            await using (var reader = await findVersion.ExecuteReaderAsync(ct))
            {
                if (await reader.ReadAsync(ct))
                {
                    var kind = string.Equals(reader.GetString(0), item.ContentHash, StringComparison.Ordinal)
                        ? AddOutcomeKind.Unchanged
                        : AddOutcomeKind.Conflict;
                    outcomes.Add(new AddOutcome(item.Id, version.Text, kind, new TaxiiTimestamp(reader.GetInt64(1))));
                    continue;
                }
            }

            var dateAdded = newDateAdded ?? NextDateAdded(last);
            insId.Value = item.Id;
            insType.Value = item.Type;
            insVersion.Value = version.Text;
            insKey.Value = version.SortKey;
            insSpec.Value = item.SpecVersion;
            insAdded.Value = dateAdded;
            insHash.Value = item.ContentHash;
            insRaw.Value = ToArray(item.Raw);
            await insert.ExecuteNonQueryAsync(ct);
            last = dateAdded;
            outcomes.Add(new AddOutcome(item.Id, version.Text, AddOutcomeKind.Added, new TaxiiTimestamp(dateAdded)));
        }

        if (last != clockBefore)
        {
            await using var writeClock = Command(connection, transaction,
                """
                INSERT INTO collection_clock (collection_id, last_date_added) VALUES ($c, $last)
                ON CONFLICT (collection_id) DO UPDATE SET last_date_added = excluded.last_date_added;
                """,
                collectionId);
            writeClock.Parameters.AddWithValue("$last", last);
            await writeClock.ExecuteNonQueryAsync(ct);
        }

        return outcomes;
    }

    /// <summary>The clock's time, but at least one microsecond after the last value given out.</summary>
    private long NextDateAdded(long last)
    {
        var now = TaxiiTimestamp.FromDateTimeOffset(clock.GetUtcNow()).Microseconds;
        return last == long.MinValue ? now : Math.Max(now, last + 1);
    }

    private static byte[] ToArray(ReadOnlyMemory<byte> raw) =>
        MemoryMarshal.TryGetArray(raw, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : raw.ToArray();

    private static SqliteCommand Command(
        SqliteConnection connection, SqliteTransaction? transaction, string sql, string collectionId)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$c", collectionId);
        return command;
    }
}
