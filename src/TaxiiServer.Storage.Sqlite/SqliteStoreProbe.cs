using TaxiiServer.Core.Storage;

namespace TaxiiServer.Storage.Sqlite;

/// <summary>Ready when the database file opens and answers a query.</summary>
internal sealed class SqliteStoreProbe(SqliteDatabase database) : IStoreProbe
{
    public async Task PingAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenRawAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1;";
        await command.ExecuteScalarAsync(ct);
    }
}
