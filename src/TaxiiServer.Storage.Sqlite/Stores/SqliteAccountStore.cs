using Microsoft.Data.Sqlite;
using TaxiiServer.Core.Access;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Storage.Sqlite.Stores;

/// <summary>Accounts and per-collection grants. Creates never overwrite: they insert or do nothing.</summary>
internal sealed partial class SqliteAccountStore(SqliteDatabase database) : IAccountStore
{
    public Task<Account?> FindAsync(string name, CancellationToken ct) =>
        database.ReadAsync(async (connection, token) =>
        {
            // primary key (name)
            await using var command = SqliteCommands.Create(connection, null,
                "SELECT name, password_hash, is_admin, disabled FROM accounts WHERE name = $name;", ("$name", name));
            await using var reader = await command.ExecuteReaderAsync(token);
            return await reader.ReadAsync(token)
                ? new Account(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), reader.GetBoolean(3))
                : null;
        }, ct);

    public Task<bool> TryCreateAsync(Account account, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(account);
        return database.WriteAsync((connection, transaction, token) => SqliteCommands.TryInsertAsync(
            connection, transaction,
            """
            INSERT INTO accounts (name, password_hash, is_admin, disabled)
            VALUES ($name, $hash, $admin, $disabled) ON CONFLICT DO NOTHING;
            """,
            token,
            ("$name", account.Name), ("$hash", account.PasswordHash), ("$admin", account.IsAdmin),
            ("$disabled", account.Disabled)), ct);
    }

    public Task<bool> SetPasswordHashAsync(string name, string passwordHash, CancellationToken ct) =>
        database.WriteAsync(async (connection, transaction, token) =>
        {
            // primary key (name)
            await using var command = SqliteCommands.Create(connection, transaction,
                "UPDATE accounts SET password_hash = $hash WHERE name = $name;",
                ("$name", name), ("$hash", passwordHash));
            return await command.ExecuteNonQueryAsync(token) == 1;
        }, ct);

    public Task<IReadOnlyList<Grant>> GetGrantsAsync(string account, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<Grant>>(async (connection, token) =>
        {
            // primary key (account, collection_id)
            await using var command = SqliteCommands.Create(connection, null,
                """
                SELECT account, collection_id, can_read, can_write FROM grants
                WHERE account = $account ORDER BY collection_id;
                """,
                ("$account", account));
            return await ReadGrantsAsync(command, token);
        }, ct);

    public Task<bool> TryCreateGrantAsync(Grant grant, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(grant);
        return database.WriteAsync((connection, transaction, token) => SqliteCommands.TryInsertAsync(
            connection, transaction,
            """
            INSERT INTO grants (account, collection_id, can_read, can_write)
            VALUES ($account, $collection, $read, $write) ON CONFLICT DO NOTHING;
            """,
            token,
            ("$account", grant.Account), ("$collection", grant.CollectionId), ("$read", grant.Read),
            ("$write", grant.Write)), ct);
    }

    /// <summary>Grants from rows of (account, collection_id, can_read, can_write).</summary>
    private static async Task<IReadOnlyList<Grant>> ReadGrantsAsync(SqliteCommand command, CancellationToken token)
    {
        var grants = new List<Grant>();
        await using var reader = await command.ExecuteReaderAsync(token);
        while (await reader.ReadAsync(token))
        {
            grants.Add(new Grant(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), reader.GetBoolean(3)));
        }

        return grants;
    }
}
