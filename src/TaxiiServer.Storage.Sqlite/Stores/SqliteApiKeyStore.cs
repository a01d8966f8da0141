using Microsoft.Data.Sqlite;
using TaxiiServer.Core.Access;
using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;

namespace TaxiiServer.Storage.Sqlite.Stores;

/// <summary>API keys in the <c>api_keys</c> table; times are microseconds since the Unix epoch.</summary>
internal sealed class SqliteApiKeyStore(SqliteDatabase database) : IApiKeyStore
{
    private const string Columns = "id, account, prefix, secret_hash, created, last_used, expires, revoked";

    public Task<bool> TryCreateAsync(ApiKey key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(key);
        return database.WriteAsync((connection, transaction, token) => SqliteCommands.TryInsertAsync(
            connection, transaction,
            $"""
            INSERT INTO api_keys ({Columns})
            VALUES ($id, $account, $prefix, $hash, $created, $used, $expires, $revoked) ON CONFLICT DO NOTHING;
            """,
            token,
            ("$id", key.Id), ("$account", key.Account), ("$prefix", key.Prefix), ("$hash", key.SecretHash),
            ("$created", key.Created.Microseconds), ("$used", key.LastUsed?.Microseconds),
            ("$expires", key.Expires?.Microseconds), ("$revoked", key.Revoked)), ct);
    }

    // ux_api_keys_secret_hash
    public Task<ApiKey?> FindBySecretHashAsync(string secretHash, CancellationToken ct) =>
        FindOneAsync($"SELECT {Columns} FROM api_keys WHERE secret_hash = $v;", secretHash, ct);

    public Task<ApiKey?> FindAsync(string id, CancellationToken ct) =>
        FindOneAsync($"SELECT {Columns} FROM api_keys WHERE id = $v;", id, ct);

    public Task<IReadOnlyList<ApiKey>> ListAsync(string account, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<ApiKey>>(async (connection, token) =>
        {
            // ix_api_keys_account (account, created, id)
            await using var command = SqliteCommands.Create(connection, null,
                $"SELECT {Columns} FROM api_keys WHERE account = $v ORDER BY created, id;", ("$v", account));
            var keys = new List<ApiKey>();
            await using var reader = await command.ExecuteReaderAsync(token);
            while (await reader.ReadAsync(token))
            {
                keys.Add(Read(reader));
            }

            return keys;
        }, ct);

    public Task<bool> RevokeAsync(string id, CancellationToken ct) =>
        database.WriteAsync(async (connection, transaction, token) =>
        {
            await using var command = SqliteCommands.Create(connection, transaction,
                "UPDATE api_keys SET revoked = 1 WHERE id = $id;", ("$id", id));
            return await command.ExecuteNonQueryAsync(token) == 1;
        }, ct);

    public Task<bool> TouchAsync(string id, TaxiiTimestamp now, TaxiiTimestamp notAfter, CancellationToken ct) =>
        database.WriteAsync(async (connection, transaction, token) =>
        {
            await using var command = SqliteCommands.Create(connection, transaction,
                "UPDATE api_keys SET last_used = $now WHERE id = $id AND (last_used IS NULL OR last_used < $cut);",
                ("$id", id), ("$now", now.Microseconds), ("$cut", notAfter.Microseconds));
            return await command.ExecuteNonQueryAsync(token) == 1;
        }, ct);

    public Task<int> DeleteAllOfAsync(string account, CancellationToken ct) =>
        database.WriteAsync(async (connection, transaction, token) =>
        {
            await using var command = SqliteCommands.Create(connection, transaction,
                "DELETE FROM api_keys WHERE account = $account;", ("$account", account));
            return await command.ExecuteNonQueryAsync(token);
        }, ct);

    private Task<ApiKey?> FindOneAsync(string sql, string value, CancellationToken ct) =>
        database.ReadAsync(async (connection, token) =>
        {
            await using var command = SqliteCommands.Create(connection, null, sql, ("$v", value));
            await using var reader = await command.ExecuteReaderAsync(token);
            return await reader.ReadAsync(token) ? Read(reader) : null;
        }, ct);

    private static ApiKey Read(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), new TaxiiTimestamp(r.GetInt64(4)),
        r.IsDBNull(5) ? null : new TaxiiTimestamp(r.GetInt64(5)),
        r.IsDBNull(6) ? null : new TaxiiTimestamp(r.GetInt64(6)),
        r.GetBoolean(7));
}
