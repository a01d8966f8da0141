using TaxiiServer.Storage.Tests.Contract;

namespace TaxiiServer.Storage.Tests.MongoDb;

/// <summary>
/// The audit store contract against a real MongoDB (TAXII_TEST_MONGODB_URI); ignored with that reason otherwise.
/// </summary>
[TestFixture]
public sealed class MongoAuditStoreContractTests : AuditStoreContract
{
    [OneTimeSetUp]
    public void RequireServer() => MongoTestDatabase.RequireUri();

    protected override Task<StoreSet> CreateStoresAsync(TimeProvider clock) => MongoTestDatabase.CreateStoresAsync(clock);
}
