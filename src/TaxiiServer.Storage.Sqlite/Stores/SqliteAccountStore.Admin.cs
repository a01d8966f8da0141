using TaxiiServer.Core.Access;

namespace TaxiiServer.Storage.Sqlite.Stores;

/// <summary>The administration side of the account store: listing, flags, deletion and grant changes.</summary>
internal sealed partial class SqliteAccountStore
{
    public Task<IReadOnlyList<Account>> ListAsync(CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<Account>>(async (connection, token) =>
        {
            // primary key order
            await using var command = SqliteCommands.Create(connection, null,
                "SELECT name, password_hash, is_admin, disabled FROM accounts ORDER BY name;");
            var accounts = new List<Account>();
            await using var reader = await command.ExecuteReaderAsync(token);
            while (await reader.ReadAsync(token))
            {
                accounts.Add(new Account(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), reader.GetBoolean(3)));
            }

            return accounts;
        }, ct);

    public Task<bool> SetDisabledAsync(string name, bool disabled, CancellationToken ct) =>
        UpdateOneAsync("UPDATE accounts SET disabled = $v WHERE name = $name;", name, disabled, ct);

    public Task<bool> SetAdminAsync(string name, bool isAdmin, CancellationToken ct) =>
        UpdateOneAsync("UPDATE accounts SET is_admin = $v WHERE name = $name;", name, isAdmin, ct);

    public Task<bool> DeleteAsync(string name, CancellationToken ct) =>
        database.WriteAsync(async (connection, transaction, token) =>
        {
            // One transaction: no moment where the grants outlive their account.
            await using var grants = SqliteCommands.Create(connection, transaction,
                "DELETE FROM grants WHERE account = $name;", ("$name", name));
            await grants.ExecuteNonQueryAsync(token);
            await using var account = SqliteCommands.Create(connection, transaction,
                "DELETE FROM accounts WHERE name = $name;", ("$name", name));
            return await account.ExecuteNonQueryAsync(token) == 1;
        }, ct);

    public Task<bool> SetGrantAsync(Grant grant, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(grant);
        return database.WriteAsync(async (connection, transaction, token) =>
        {
            await using var update = SqliteCommands.Create(connection, transaction,
                """
                UPDATE grants SET can_read = $read, can_write = $write
                WHERE account = $account AND collection_id = $collection;
                """,
                ("$account", grant.Account), ("$collection", grant.CollectionId), ("$read", grant.Read), ("$write", grant.Write));
            if (await update.ExecuteNonQueryAsync(token) == 1)
            {
                return false;
            }

            return await SqliteCommands.TryInsertAsync(connection, transaction,
                "INSERT INTO grants (account, collection_id, can_read, can_write) VALUES ($account, $collection, $read, $write);",
                token,
                ("$account", grant.Account), ("$collection", grant.CollectionId), ("$read", grant.Read), ("$write", grant.Write));
        }, ct);
    }

    public Task<bool> RemoveGrantAsync(string account, string collectionId, CancellationToken ct) =>
        database.WriteAsync(async (connection, transaction, token) =>
        {
            await using var command = SqliteCommands.Create(connection, transaction,
                "DELETE FROM grants WHERE account = $account AND collection_id = $collection;",
                ("$account", account), ("$collection", collectionId));
            return await command.ExecuteNonQueryAsync(token) == 1;
        }, ct);

    public Task<IReadOnlyList<Grant>> GetGrantsOnCollectionAsync(string collectionId, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<Grant>>(async (connection, token) =>
        {
            // ix_grants_collection (collection_id, account)
            await using var command = SqliteCommands.Create(connection, null,
                """
                SELECT account, collection_id, can_read, can_write FROM grants
                WHERE collection_id = $collection ORDER BY account;
                """,
                ("$collection", collectionId));
            return await ReadGrantsAsync(command, token);
        }, ct);

    public Task<int> RemoveGrantsOnCollectionAsync(string collectionId, CancellationToken ct) =>
        database.WriteAsync(async (connection, transaction, token) =>
        {
            await using var command = SqliteCommands.Create(connection, transaction,
                "DELETE FROM grants WHERE collection_id = $collection;", ("$collection", collectionId));
            return await command.ExecuteNonQueryAsync(token);
        }, ct);

    private Task<bool> UpdateOneAsync(string sql, string name, bool value, CancellationToken ct) =>
        database.WriteAsync(async (connection, transaction, token) =>
        {
            await using var command = SqliteCommands.Create(connection, transaction, sql, ("$name", name), ("$v", value));
            return await command.ExecuteNonQueryAsync(token) == 1;
        }, ct);
}
