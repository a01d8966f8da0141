using TaxiiServer.Storage.Tests.Contract;

namespace TaxiiServer.Storage.Tests.Sqlite;

/// <summary>The account store contract over a SQLite file in a temp folder.</summary>
[TestFixture]
public sealed class SqliteAccountStoreContractTests : AccountStoreContract
{
    protected override async Task<StoreSet> CreateStoresAsync(TimeProvider clock) =>
        (await SqliteTestDatabase.OpenAsync(clock)).ToStoreSet();
}
