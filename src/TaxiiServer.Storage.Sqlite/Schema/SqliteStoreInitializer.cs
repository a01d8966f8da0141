using TaxiiServer.Core.Storage;

namespace TaxiiServer.Storage.Sqlite.Schema;

/// <summary>
/// Creates or migrates the SQLite schema at start-up. The stores also ensure it on first use, so a host that forgets
/// this step still works; running it at start-up surfaces a broken file before the first request.
/// </summary>
internal sealed class SqliteStoreInitializer(SqliteDatabase database) : IStoreInitializer
{
    public Task InitializeAsync(CancellationToken ct) => database.EnsureSchemaAsync(ct);
}
