using TaxiiServer.Storage.Tests.Contract;

namespace TaxiiServer.Storage.Tests.Sqlite;

/// <summary>The audit store contract over a SQLite file in a temp folder.</summary>
[TestFixture]
public sealed class SqliteAuditStoreContractTests : AuditStoreContract
{
    protected override async Task<StoreSet> CreateStoresAsync(TimeProvider clock) =>
        (await SqliteTestDatabase.OpenAsync(clock)).ToStoreSet();
}
