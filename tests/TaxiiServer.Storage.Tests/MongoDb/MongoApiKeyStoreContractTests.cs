using TaxiiServer.Storage.Tests.Contract;

namespace TaxiiServer.Storage.Tests.MongoDb;

/// <summary>
/// The API key store contract against a real MongoDB (TAXII_TEST_MONGODB_URI); ignored with that reason otherwise.
/// </summary>
[TestFixture]
public sealed class MongoApiKeyStoreContractTests : ApiKeyStoreContract
{
    [OneTimeSetUp]
    public void RequireServer() => MongoTestDatabase.RequireUri();

    protected override Task<StoreSet> CreateStoresAsync(TimeProvider clock) => MongoTestDatabase.CreateStoresAsync(clock);
}
