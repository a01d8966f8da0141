using Microsoft.Data.Sqlite;

namespace TaxiiServer.Storage.Sqlite.Schema;

/// <summary>Brings a database file to the latest schema version; safe to run on every start and concurrently.</summary>
internal static class SchemaMigrator
{
    public static async Task MigrateAsync(SqliteConnection connection, CancellationToken ct)
    {
        // WAL is a property of the file and must be set outside a transaction: readers then never block the writer.
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", ct);

        // IMMEDIATE so two processes starting together cannot both apply the same migration.
        await using var transaction = connection.BeginTransaction(System.Data.IsolationLevel.Serializable, deferred: false);
        await ExecuteAsync(connection, transaction,
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY NOT NULL, applied_at INTEGER NOT NULL);",
            ct);

        await using var current = connection.CreateCommand();
        current.Transaction = transaction;
        current.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        var version = Convert.ToInt32(await current.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);

        foreach (var (number, sql) in SchemaMigrations.All)
        {
            if (number <= version)
            {
                continue;
            }

            await ExecuteAsync(connection, transaction, sql, ct);
            await using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version, applied_at) VALUES ($v, $at);";
            record.Parameters.AddWithValue("$v", number);
            record.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            await record.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }

    private static async Task ExecuteAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
