using System.Text.Json;
using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;
using TaxiiServer.Core.Taxii;

namespace TaxiiServer.Storage.Sqlite.Stores;

/// <summary>Status resources as one JSON document per (api_root, id) row.</summary>
internal sealed class SqliteStatusStore(SqliteDatabase database) : IStatusStore
{
    internal const string FindSql =
        "SELECT owner, completed_at, document FROM statuses WHERE api_root = $root AND id = $id;";

    internal const string PurgeSql = "DELETE FROM statuses WHERE completed_at IS NOT NULL AND completed_at < $before;";

    public Task SaveAsync(StatusResource status, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(status);
        var document = JsonSerializer.Serialize(StatusDocument.From(status), SqliteJsonContext.Default.StatusDocument);
        return database.WriteAsync(async (connection, transaction, token) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            // primary key (api_root, id)
            command.CommandText = """
                INSERT INTO statuses (api_root, id, owner, completed_at, document)
                VALUES ($root, $id, $owner, $completed, $document)
                ON CONFLICT (api_root, id) DO UPDATE SET
                    owner = excluded.owner, completed_at = excluded.completed_at, document = excluded.document;
                """;
            command.Parameters.AddWithValue("$root", status.ApiRoot);
            command.Parameters.AddWithValue("$id", status.Id);
            command.Parameters.AddWithValue("$owner", status.Owner);
            command.Parameters.AddWithValue("$completed", (object?)status.CompletedAt?.Microseconds ?? DBNull.Value);
            command.Parameters.AddWithValue("$document", document);
            return await command.ExecuteNonQueryAsync(token);
        }, ct);
    }

    public Task<StatusResource?> FindAsync(string apiRoot, string id, CancellationToken ct) =>
        database.ReadAsync(async (connection, token) =>
        {
            await using var command = connection.CreateCommand();
            // primary key (api_root, id)
            command.CommandText = FindSql;
            command.Parameters.AddWithValue("$root", apiRoot);
            command.Parameters.AddWithValue("$id", id);
            await using var reader = await command.ExecuteReaderAsync(token);
            if (!await reader.ReadAsync(token))
            {
                return null;
            }

            var document = JsonSerializer.Deserialize(reader.GetString(2), SqliteJsonContext.Default.StatusDocument)
                ?? throw new InvalidDataException($"Status {apiRoot}/{id} holds an empty document.");
            return new StatusResource(
                id,
                apiRoot,
                reader.GetString(0),
                new TaxiiTimestamp(document.RequestTimestamp),
                [.. document.Successes.Select(d => d.ToDetail())],
                [.. document.Failures.Select(d => d.ToDetail())],
                [.. document.Pendings.Select(d => d.ToDetail())],
                reader.IsDBNull(1) ? null : new TaxiiTimestamp(reader.GetInt64(1)));
        }, ct);

    public Task<int> PurgeAsync(TaxiiTimestamp completedBefore, CancellationToken ct) =>
        database.WriteAsync(async (connection, transaction, token) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            // ix_statuses_completed_at (partial: completed only)
            command.CommandText = PurgeSql;
            command.Parameters.AddWithValue("$before", completedBefore.Microseconds);
            return await command.ExecuteNonQueryAsync(token);
        }, ct);
}
