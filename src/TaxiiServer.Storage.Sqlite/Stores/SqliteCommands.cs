using Microsoft.Data.Sqlite;

namespace TaxiiServer.Storage.Sqlite.Stores;

/// <summary>Small helpers shared by the catalog and account stores, whose statements are one-liners.</summary>
internal static class SqliteCommands
{
    public static SqliteCommand Create(
        SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    /// <summary>Runs an <c>INSERT ... ON CONFLICT DO NOTHING</c>: true when a row was written.</summary>
    public static async Task<bool> TryInsertAsync(
        SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken ct,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = Create(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    public static string? GetNullableString(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>A nullable 0/1 column (SQLite has no boolean type).</summary>
    public static bool? GetNullableBoolean(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal) != 0;
}
