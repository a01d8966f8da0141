using TaxiiServer.Storage.Tests.Contract;

namespace TaxiiServer.Storage.Tests.Sqlite;

/// <summary>The API key store contract over a SQLite file in a temp folder.</summary>
[TestFixture]
public sealed class SqliteApiKeyStoreContractTests : ApiKeyStoreContract
{
    protected override async Task<StoreSet> CreateStoresAsync(TimeProvider clock) =>
        (await SqliteTestDatabase.OpenAsync(clock)).ToStoreSet();
}
