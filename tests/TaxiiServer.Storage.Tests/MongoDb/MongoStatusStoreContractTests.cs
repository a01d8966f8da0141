using TaxiiServer.Storage.Tests.Contract;

namespace TaxiiServer.Storage.Tests.MongoDb;

/// <summary>
/// The status store contract against a real MongoDB (TAXII_TEST_MONGODB_URI); ignored with that reason otherwise, so
/// the skip shows in every report.
/// </summary>
[TestFixture]
public sealed class MongoStatusStoreContractTests : StatusStoreContract
{
    [OneTimeSetUp]
    public void RequireServer() => MongoTestDatabase.RequireUri();

    protected override Task<StoreSet> CreateStoresAsync(TimeProvider clock) => MongoTestDatabase.CreateStoresAsync(clock);
}
